package org.opendoors.content.guard.service;

import org.opendoors.content.guard.analysis.Word;
import org.opendoors.content.guard.domain.Term;

/**
 * When a word meets a cue's word. Stemmers are not consistent across a word's forms ("calificación" is
 * "calificacion" but "calificaciones" is "calif" for Snowball's Spanish; "examen" is "exam" but "exámenes" is
 * "examen"), so two words also meet when one stem begins the other and the words as written share their first
 * six letters — which keeps "species" ("speci") away from "special".
 */
final class Stems {

    /** The index groups stems by their first letters; a stem this long can begin another. */
    static final int SHORTEST_SHARED = 4;
    private static final int SHARED_LETTERS = 6;

    private Stems() {
    }

    static boolean meet(Word word, Term cue) {
        String stem = word.stem();
        if (stem.equals(cue.text())) {
            return true;
        }
        String shorter = stem.length() < cue.text().length() ? stem : cue.text();
        String longer = shorter == stem ? cue.text() : stem;
        return shorter.length() >= SHORTEST_SHARED && longer.startsWith(shorter)
                && sharedStart(word.folded(), cue.folded()) >= SHARED_LETTERS;
    }

    static String head(String stem) {
        return stem.substring(0, SHORTEST_SHARED);
    }

    private static int sharedStart(String a, String b) {
        int shared = 0;
        while (shared < a.length() && shared < b.length() && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        return shared;
    }
}
