package org.opendoors.content.text;

import org.opendoors.i18n.domain.StaffWording;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses a link in content may have: web pages (http, https) and e-mail (mailto), written whole. Anything
 * else — javascript:, data:, vbscript:, relative paths — is never a link, however its letters are cased or spaced,
 * because only these exact patterns are accepted (an allow-list, never a block-list).
 */
public final class LinkTarget {

    /**
     * What a communicator reads when a link has another address: the start of {@code content.problem.linkNotAllowed}
     * in English.
     */
    public static final String RULE = "links must start with https://, http:// or mailto:";

    private static final String URL_CHAR = "[^\\s\\p{Cntrl}\"<>\\\\`]";
    private static final Pattern WEB = Pattern.compile(
            "(?i)https?://[^\\s\\p{Cntrl}\"'<>\\\\`/?#@]+(?:[/?#]" + URL_CHAR + "*)?");
    private static final Pattern MAIL = Pattern.compile("(?i)mailto:[^\\s\\p{Cntrl}\"'<>\\\\`@/]+@[^\\s\\p{Cntrl}\"'<>\\\\`@/]+");
    private static final Pattern ALLOWED_START = Pattern.compile("(?i)(https?://|mailto:).*", Pattern.DOTALL);

    private LinkTarget() {
    }

    public static boolean isAllowed(String target) {
        return target != null && (WEB.matcher(target).matches() || MAIL.matcher(target).matches());
    }

    static boolean isWeb(String target) {
        return WEB.matcher(target).matches();
    }

    /** Why a link with this address is refused, as a back-office sentence, or empty when it is allowed. */
    public static Optional<StaffWording> problem(String target) {
        if (isAllowed(target)) {
            return Optional.empty();
        }
        if (ALLOWED_START.matcher(target).matches()) {
            return Optional.of(StaffWording.of("content.problem.linkNotWhole", "target", target));
        }
        return Optional.of(StaffWording.of("content.problem.linkNotAllowed", "target", target));
    }
}
