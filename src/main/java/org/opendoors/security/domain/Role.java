package org.opendoors.security.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a member of the city's staff may do in the back office. The lower-case code is the Jakarta Security role
 * name (web.xml, {@code isCallerInRole}) and what the database stores.
 */
public enum Role {
    /** Writes and saves drafts of school profiles, guide pages and targeted blocks, and sends them for review. */
    COMMUNICATOR,
    /** Reviews what is in review and publishes it to families, or sends it back. */
    PUBLISHER,
    /** Edits translations only: the UI bundles and the non-source languages of content. */
    TRANSLATOR,
    /** Manages staff accounts and reads the audit log. */
    ADMIN;

    public static final String COMMUNICATOR_ROLE = "communicator";
    public static final String PUBLISHER_ROLE = "publisher";
    public static final String TRANSLATOR_ROLE = "translator";
    public static final String ADMIN_ROLE = "admin";

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }
}
