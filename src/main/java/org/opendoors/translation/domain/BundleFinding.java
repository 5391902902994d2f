package org.opendoors.translation.domain;

import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.service.StaffMessages;

/**
 * Something wrong or worth a translator's look in a UI bundle: which language file, which key (and line), which
 * check found it and what to do. Errors break pages and fail the build; warnings (stale, identical to the
 * source, obsolete) are a translator's to-do list. The message is English (the build, the command line); a check
 * that has a sentence also carries it ({@code wording}), for the back office to say in the reader's language.
 */
public record BundleFinding(Severity severity, String file, int line, String language, String key, String check,
                            String message, StaffWording wording) {

    public enum Severity { ERROR, WARNING }

    /** A finding worded in English only (the build's own checks of files, the guard's refusals, worded apart). */
    public BundleFinding(Severity severity, String file, int line, String language, String key, String check,
                         String message) {
        this(severity, file, line, language, key, check, message, null);
    }

    /** A finding whose message is its sentence in English; pages say {@code wording} in the reader's language. */
    public BundleFinding(Severity severity, String file, int line, String language, String key, String check,
                         StaffWording wording) {
        this(severity, file, line, language, key, check, StaffMessages.english(wording), wording);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
