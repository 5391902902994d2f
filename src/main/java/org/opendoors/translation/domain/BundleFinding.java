package org.opendoors.translation.domain;

/**
 * Something wrong or worth a translator's look in a UI bundle: which language file, which key (and line), which
 * check found it and what to do. Errors break pages and fail the build; warnings (stale, identical to the
 * source, obsolete) are a translator's to-do list.
 */
public record BundleFinding(Severity severity, String file, int line, String language, String key, String check,
                            String message) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
