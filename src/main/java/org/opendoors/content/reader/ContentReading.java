package org.opendoors.content.reader;

import java.util.Map;

/**
 * One reading of a content folder, as the formats see it: its files, the problems found so far, the texts to
 * guard, and the parts already read.
 */
public final class ContentReading {

    private final ContentFiles files;
    private final TextsToGuard textsToGuard;
    private final Map<Class<?>, Object> parts;

    ContentReading(ContentFiles files, TextsToGuard textsToGuard, Map<Class<?>, Object> parts) {
        this.files = files;
        this.textsToGuard = textsToGuard;
        this.parts = parts;
    }

    public ContentFiles files() {
        return files;
    }

    public Problems problems() {
        return files.problems();
    }

    /** A text families will read, written at {@code key} of {@code yaml}, for the content guard. */
    public void guard(YamlMap yaml, String key, String language, String text) {
        textsToGuard.add(yaml, key, language, text);
    }

    /** A part read before this one; the format must name its type in {@link ContentFormat#needs()}. */
    public <T> T part(Class<T> type) {
        Object part = parts.get(type);
        if (part == null) {
            throw new IllegalStateException(type.getSimpleName() + " is read after the format that needs it; name it in needs()");
        }
        return type.cast(part);
    }
}
