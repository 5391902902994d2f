package org.opendoors.editorial.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a file of the content folder holds, told from its path (layout in {@code content/README.md}). */
public enum DocumentKind {
    CITY("City settings", false),
    OUTLINES("Map outlines", false),
    SCHOOL_FACTS("School facts", false),
    SCHOOL_TEXTS("School texts", true),
    GUIDE("Application guide", true),
    BLOCK_RULES("Targeted block rules", false),
    BLOCK_TEXTS("Targeted block texts", true),
    GUARD_RULES("Content guard rules", false);

    private static final Pattern SCHOOL = Pattern.compile("schools/([a-z0-9-]+)/([a-z]{2,3}|school)\\.yaml");
    private static final Pattern BLOCK = Pattern.compile("blocks/([a-z0-9-]+)/([a-z]{2,3}|block)\\.yaml");
    private static final Pattern GUIDE_FILE = Pattern.compile("guide/([a-z]{2,3})\\.yaml");
    private static final Pattern GUARD_FILE = Pattern.compile("guard/([a-z]{2,3})\\.yaml");
    private static final Pattern GEOJSON = Pattern.compile("[a-z0-9_-]+\\.geojson");

    private final String label;
    private final boolean translatable;

    DocumentKind(String label, boolean translatable) {
        this.label = label;
        this.translatable = translatable;
    }

    public String label() {
        return label;
    }

    /** Texts families read, one file per language: what translators work on. */
    public boolean isTranslatable() {
        return translatable;
    }

    /** The kind, item and language of a content file, or empty when the path is not part of a content folder. */
    public static Optional<DocumentAddress> of(String path) {
        if (path.equals("city.yaml")) {
            return Optional.of(new DocumentAddress(path, CITY, "city", null));
        }
        if (GEOJSON.matcher(path).matches()) {
            return Optional.of(new DocumentAddress(path, OUTLINES, "city", null));
        }
        Matcher school = SCHOOL.matcher(path);
        if (school.matches()) {
            String item = "schools/" + school.group(1);
            return Optional.of(school.group(2).equals("school")
                    ? new DocumentAddress(path, SCHOOL_FACTS, item, null)
                    : new DocumentAddress(path, SCHOOL_TEXTS, item, school.group(2)));
        }
        Matcher block = BLOCK.matcher(path);
        if (block.matches()) {
            String item = "blocks/" + block.group(1);
            return Optional.of(block.group(2).equals("block")
                    ? new DocumentAddress(path, BLOCK_RULES, item, null)
                    : new DocumentAddress(path, BLOCK_TEXTS, item, block.group(2)));
        }
        Matcher guide = GUIDE_FILE.matcher(path);
        if (guide.matches()) {
            return Optional.of(new DocumentAddress(path, GUIDE, "guide", guide.group(1)));
        }
        Matcher guard = GUARD_FILE.matcher(path);
        if (guard.matches()) {
            return Optional.of(new DocumentAddress(path, GUARD_RULES, "guard", guard.group(1)));
        }
        return Optional.empty();
    }
}
