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
     * A translation with texts its source has and it lacks yet (an easy-read summary added to the source since it
     * was translated, say) added where the source has them, in the source's order; texts left blank are not added,
     * so a translator who leaves a new text for later saves no empty field. Other fields as {@link #withTexts}.
     */
    public static String withTexts(String yaml, Map<String, String> values, String source) {
        Map<String, String> present = texts(yaml);
        Map<String, String> added = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!present.containsKey(name) && value != null && !value.isBlank()) {
                added.put(name, value);
            }
        });
        String replaced = withTexts(yaml, values);
        Object sourceRoot = load(source);
        if (added.isEmpty() || !(sourceRoot instanceof Map<?, ?> sourceMap)) {
            return replaced;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) load(replaced);
        added.forEach((name, value) -> add(root, sourceMap, "", name, value));
        return ContentYaml.write(root);
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> target, Map<?, ?> source, String prefix, String name, String value) {
        for (Map.Entry<?, ?> entry : source.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String path = prefix + key;
            Object shape = entry.getValue();
            if (shape instanceof String && path.equals(name) && !IDENTIFIERS.contains(key)) {
                target.put(key, value);
                inOrderOf(target, source);
            } else if (shape instanceof Map<?, ?> nested && name.startsWith(path + ".")) {
                Object child = target.get(key);
                if (child == null) {
                    child = new LinkedHashMap<String, Object>();
                    target.put(key, child);
                    inOrderOf(target, source);
                }
                if (child instanceof Map<?, ?> childMap) {
                    add((Map<String, Object>) childMap, nested, path + ".", name, value);
                }
            } else if (shape instanceof List<?> list && name.startsWith(path + ".")
                    && target.get(key) instanceof List<?> targetList) {
                for (int i = 0; i < list.size(); i++) {
                    String entryPath = path + "." + entryName(list.get(i), i);
                    if (list.get(i) instanceof Map<?, ?> sourceEntry && name.startsWith(entryPath + ".")) {
                        for (int j = 0; j < targetList.size(); j++) {
                            if (targetList.get(j) instanceof Map<?, ?> targetEntry
                                    && entryName(targetEntry, j).equals(entryName(sourceEntry, i))) {
                                add((Map<String, Object>) targetEntry, sourceEntry, entryPath + ".", name, value);
                            }
                        }
                    }
                }
            }
        }
    }

    /** Keys the source has first, in its order, then the others as they were. */
    private static void inOrderOf(Map<String, Object> target, Map<?, ?> source) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        source.keySet().forEach(key -> {
            if (target.containsKey(String.valueOf(key))) {
                ordered.put(String.valueOf(key), target.get(String.valueOf(key)));
            }
        });
        target.forEach(ordered::putIfAbsent);
        target.clear();
        target.putAll(ordered);
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
