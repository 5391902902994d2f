package org.opendoors.content.guard.service;

/** The words a learned refusal names: the run of at most {@link #MOST_WORDS} words that leans most towards it. */
final class PhraseSpan {

    static final int MOST_WORDS = 8;

    private PhraseSpan() {
    }

    /** {first, end} of the run with the greatest sum; the single strongest word when every word leans away. */
    static int[] strongest(double[] leaning) {
        if (leaning.length == 0) {
            throw new IllegalArgumentException("a sentence without words leans nowhere");
        }
        int[] best = {0, 1};
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int first = 0; first < leaning.length; first++) {
            double sum = 0;
            for (int end = first + 1; end <= Math.min(leaning.length, first + MOST_WORDS); end++) {
                sum += leaning[end - 1];
                // Of two runs as strong, the shorter one is the phrase (words that weigh nothing add nothing).
                boolean asStrong = Math.abs(sum - bestSum) <= 1e-9;
                if (sum > bestSum + 1e-9 || asStrong && end - first < best[1] - best[0]) {
                    bestSum = sum;
                    best = new int[]{first, end};
                }
            }
        }
        return best;
    }
}
