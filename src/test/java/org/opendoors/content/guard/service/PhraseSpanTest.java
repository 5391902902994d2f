package org.opendoors.content.guard.service;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The words a learned refusal names: where the leaning adds up most, at most eight words. */
class PhraseSpanTest {

    @Test
    void theRunThatLeansMostIsThePhrase() {
        assertArrayEquals(new int[]{1, 4}, PhraseSpan.strongest(new double[]{-1, 0.1, 2, 1.5, -3, 0.5}));
    }

    @Test
    void aWeakWordBetweenTwoStrongOnesStaysInThePhrase() {
        assertArrayEquals(new int[]{1, 4}, PhraseSpan.strongest(new double[]{0, 2, -0.5, 2, -4}));
    }

    @Test
    void aPhraseIsAtMostEightWords() {
        double[] leaning = new double[20];
        java.util.Arrays.fill(leaning, 1);
        int[] span = PhraseSpan.strongest(leaning);
        assertArrayEquals(new int[]{0, PhraseSpan.MOST_WORDS}, span);
    }

    @Test
    void whenEveryWordLeansAwayTheLeastAwayIsNamed() {
        assertArrayEquals(new int[]{1, 2}, PhraseSpan.strongest(new double[]{-3, -0.5, -2}));
        assertThrows(IllegalArgumentException.class, () -> PhraseSpan.strongest(new double[0]));
    }
}
