package org.opendoors.translation.domain;

import org.opendoors.i18n.service.MessageCatalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an XLIFF file of the portal holds: the interface texts of the family pages (keys of
 * {@code i18n/messages.properties}) or the city's content texts (schools, the guide, targeted blocks). The file's
 * {@code <file id>} says which, so an upload is told apart without asking; {@code code} names the download
 * ({@code ui-ar.xliff}, {@code content-ar.xliff}).
 */
public enum XliffKind {
    UI("messages", "i18n/" + MessageCatalog.SOURCE_FILE, "ui"),
    CONTENT("content", "content/", "content");

    private final String fileId;
    private final String original;
    private final String code;

    XliffKind(String fileId, String original, String code) {
        this.fileId = fileId;
        this.original = original;
        this.code = code;
    }

    public String fileId() {
        return fileId;
    }

    /** Where the texts come from, as the {@code <file original>} of an export says. */
    public String original() {
        return original;
    }

    public String code() {
        return code;
    }

    /** The name a download of this kind in a language gets: {@code ui-ar.xliff}. */
    public String fileName(String languageTag) {
        return code + "-" + languageTag + ".xliff";
    }

    /** By the {@code <file>}'s id, or by its original when a tool rewrote the id. */
    public static Optional<XliffKind> of(String fileId, String original) {
        Optional<XliffKind> byId = Arrays.stream(values()).filter(kind -> kind.fileId.equals(fileId)).findFirst();
        return byId.isPresent() ? byId : Arrays.stream(values()).filter(kind -> kind.original.equals(original)).findFirst();
    }

    public static Optional<XliffKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
