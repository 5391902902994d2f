package org.opendoors.editorial.domain;

import org.opendoors.content.service.ContentYaml;
import org.opendoors.content.reader.BoundedYaml;
import org.opendoors.content.reader.YamlRefusedException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of a content file as named fields ({@code summary}, {@code faq.fees.answer}, {@code contact.phone}),
 * so editors can show one box per text, translators can put a translation beside its source field by field, and
 * two versions can be compared field by field instead of line by line. Entries of a list are named by their
 * {@code id} (or {@code calendar} step) when they have one, so a field keeps its name when entries move.
 */
public final class TextFields {

    /** Names and references, the same in every language: never shown as text to edit. */
    private static final Set<String> IDENTIFIERS = Set.of("id", "calendar");

    private TextFields() {
    }

    /** Every scalar value of the file by field name, in file order; empty for a file that is not a YAML mapping. */
    public static Map<String, String> all(String yaml) {
        Map<String, String> fields = new LinkedHashMap<>();
        Object root = load(yaml);
        if (root instanceof Map<?, ?> map) {
            walk("", map, fields, false);
        }
        return fields;
    }

    /** Only the texts a family reads (no ids or references): what a text editor and a translator work on. */
    public static Map<String, String> texts(String yaml) {
        Map<String, String> fields = new LinkedHashMap<>();
        Object root = load(yaml);
        if (root instanceof Map<?, ?> map) {
            walk("", map, fields, true);
        }
        return fields;
    }

    /**
     * The file with the given text fields replaced, written back in the content folder's style (texts of several
     * lines as literal blocks). Fields not named keep their value; names that do not exist are ignored.
     */
    public static String withTexts(String yaml, Map<String, String> values) {
        Object root = load(yaml);
        if (!(root instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("The file is not a YAML mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) root;
        replace("", map, values);
        return ContentYaml.write(map);
    }

    /**
     * The file's values, or null when it is not YAML within the content limits: a file that is refused here (an
     * alias bomb, a megabyte too many) has no fields to walk, and the folder check then says why it is refused.
     */
    private static Object load(String yaml) {
        try {
            return BoundedYaml.load(yaml, BoundedYaml.Limits.CONTENT);
        } catch (YamlRefusedException | RuntimeException notYaml) {
            return null;
        }
    }

    private static void walk(String prefix, Map<?, ?> map, Map<String, String> fields, boolean textsOnly) {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (textsOnly && IDENTIFIERS.contains(key)) {
                continue;
            }
            visit(prefix + key, entry.getValue(), fields, textsOnly);
        }
    }

    private static void visit(String name, Object value, Map<String, String> fields, boolean textsOnly) {
        if (value instanceof Map<?, ?> nested) {
            walk(name + ".", nested, fields, textsOnly);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                visit(name + "." + entryName(list.get(i), i), list.get(i), fields, textsOnly);
            }
        } else if (value instanceof String text) {
            fields.put(name, text);
        } else if (value != null && !textsOnly) {
            fields.put(name, String.valueOf(value));
        }
    }

    private static String entryName(Object entry, int index) {
        if (entry instanceof Map<?, ?> map) {
            for (String identifier : IDENTIFIERS) {
                if (map.get(identifier) instanceof String id && !id.isBlank()) {
                    return id;
                }
            }
        }
        return String.valueOf(index + 1);
    }

    @SuppressWarnings("unchecked")
    private static Object replace(String name, Object value, Map<String, String> values) {
        if (value instanceof Map<?, ?> nested) {
            Map<String, Object> map = (Map<String, Object>) nested;
            for (Map.Entry<String, Object> entry : map.entrySet()) {
                if (!IDENTIFIERS.contains(entry.getKey())) {
                    entry.setValue(replace(prefixed(name, entry.getKey()), entry.getValue(), values));
                }
            }
            return map;
        }
        if (value instanceof List<?> list) {
            List<Object> replaced = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                replaced.add(replace(name + "." + entryName(list.get(i), i), list.get(i), values));
            }
            return replaced;
        }
        if (value instanceof String && values.containsKey(name)) {
            return values.get(name);
        }
        return value;
    }

    private static String prefixed(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }
}
