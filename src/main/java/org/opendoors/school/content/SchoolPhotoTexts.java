package org.opendoors.school.content;

import org.opendoors.content.reader.BoundedYaml;
import org.opendoors.content.reader.YamlRefusedException;
import org.opendoors.content.service.ContentYaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code photos:} entries of a school's texts file: which photo a language describes, and how. */
public final class SchoolPhotoTexts {

    private SchoolPhotoTexts() {
    }

    /** The texts file with the photo described (its entry replaced, or added after the others). */
    public static String described(String textsFile, String photoId, String description) {
        Map<String, Object> fields = fields(textsFile);
        List<Object> photos = new ArrayList<>();
        boolean found = false;
        if (fields.get("photos") instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> map && photoId.equals(map.get("id"))) {
                    Map<String, Object> replaced = new LinkedHashMap<>();
                    replaced.put("id", photoId);
                    replaced.put("alt", description);
                    photos.add(replaced);
                    found = true;
                } else {
                    photos.add(entry);
                }
            }
        }
        if (!found) {
            Map<String, Object> added = new LinkedHashMap<>();
            added.put("id", photoId);
            added.put("alt", description);
            photos.add(added);
        }
        fields.put("photos", photos);
        return ContentYaml.write(fields);
    }

    /** The description a texts file gives a photo, if any. */
    public static Optional<String> description(String textsFile, String photoId) {
        if (fields(textsFile).get("photos") instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> map && photoId.equals(map.get("id")) && map.get("alt") instanceof String alt) {
                    return Optional.of(alt);
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(String textsFile) {
        try {
            Object root = BoundedYaml.load(textsFile, BoundedYaml.Limits.CONTENT);
            if (root instanceof Map<?, ?> map) {
                return new LinkedHashMap<>((Map<String, Object>) map);
            }
        } catch (YamlRefusedException | RuntimeException notYaml) {
            throw new IllegalArgumentException("the school's texts file is not readable YAML", notYaml);
        }
        throw new IllegalArgumentException("the school's texts file is not a YAML mapping");
    }
}
