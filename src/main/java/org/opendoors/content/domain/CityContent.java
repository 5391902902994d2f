package org.opendoors.content.domain;

import java.util.Map;

/**
 * A whole city read from a content folder and found valid: one part per feature that owns files in it (the city
 * file, the schools, the guide, the targeted blocks…), each immutable. The kernel knows the parts only by type.
 */
public final class CityContent {

    private final Map<Class<?>, Object> parts;

    public CityContent(Map<Class<?>, Object> parts) {
        this.parts = Map.copyOf(parts);
    }

    /**
     * The language the city writes its content in first, which every translation is made from: declared by the
     * part that reads it ({@link SourceLanguageDeclaration}).
     */
    public String sourceLanguage() {
        return parts.values().stream().filter(SourceLanguageDeclaration.class::isInstance)
                .map(part -> ((SourceLanguageDeclaration) part).sourceLanguage())
                .findFirst().orElseThrow(() -> new IllegalStateException("No content part declares the source language"));
    }

    /** The part a feature read; every format's part is there. */
    public <T> T part(Class<T> type) {
        Object part = parts.get(type);
        if (part == null) {
            throw new IllegalArgumentException("No content format reads " + type.getName());
        }
        return type.cast(part);
    }
}
