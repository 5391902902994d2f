package org.opendoors.content.guard.domain;

import java.util.List;

/**
 * Cues that refuse a sentence when all of them are in it, no further apart than {@code withinWords} words from the
 * first to the last: "origin + quantity + group" is a composition share, "superlative + school" a ranking. One
 * cue alone ("league table") is a combination too.
 */
public record Combination(List<String> cues, int withinWords) {

    public Combination {
        cues = List.copyOf(cues);
    }

    @Override
    public String toString() {
        return String.join(" + ", cues);
    }
}
