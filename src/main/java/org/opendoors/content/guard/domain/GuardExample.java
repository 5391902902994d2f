package org.opendoors.content.guard.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A sentence whose answer the city knows: refused as {@code refusedAs}, or ordinary when that is empty. The guard
 * learns from a language's examples what its cue lexicons cannot list (guard/&lt;lang&gt;.examples.yaml).
 */
public record GuardExample(String sentence, Optional<GuardCategory> refusedAs) {

    public GuardExample {
        Objects.requireNonNull(sentence);
        Objects.requireNonNull(refusedAs);
    }

    public static GuardExample refused(String sentence, GuardCategory category) {
        return new GuardExample(sentence, Optional.of(category));
    }

    public static GuardExample ordinary(String sentence) {
        return new GuardExample(sentence, Optional.empty());
    }
}
