package org.opendoors.i18n.domain;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sentence for city staff that a service says and a page words: the key of a back-office bundle
 * ({@code i18n/staff/<feature>.properties}) and its named arguments. Services that refuse something (an importer's
 * check, a role a person lacks, a photo that cannot be read) keep it beside their English message, so the page can
 * say it in the language of whoever reads it, while logs and the command line keep English.
 */
public record StaffWording(String key, Map<String, Object> arguments) implements Serializable {

    public StaffWording {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    /**
     * Sentences said as one list of choices ("publisher or admin"), each in the reader's language: an argument of a
     * wording, formatted with ICU's list format of alternatives.
     */
    public record Alternatives(java.util.List<StaffWording> choices) implements Serializable {
        public Alternatives {
            choices = java.util.List.copyOf(choices);
        }
    }

    /** {@code of("content.problem.outside", "value", text, "min", 1, "max", 9)}: names and values in turn. */
    public static StaffWording of(String key, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name, value pairs: " + key);
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new StaffWording(key, arguments);
    }
}
