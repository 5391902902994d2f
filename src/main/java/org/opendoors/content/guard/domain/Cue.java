package org.opendoors.content.guard.domain;

import java.util.List;

/**
 * A kind of word that, together with others, makes a sentence refused: a group of pupils or families, an origin, a
 * quantity, an assessment, a measure… Named by the city ({@code content/guard/<lang>.yaml}, {@code cues:}).
 */
public record Cue(String name, List<CueEntry> entries) {

    public Cue {
        entries = List.copyOf(entries);
    }
}
