package org.opendoors.content.guard.domain;

import java.util.List;

/** One way of writing a cue, as the city wrote it ({@code hardly any}) and as the guard reads it (its terms). */
public record CueEntry(String written, List<Term> terms) {

    public CueEntry {
        terms = List.copyOf(terms);
    }
}
