package org.opendoors.content.guard;

import org.junit.jupiter.api.Test;
import org.opendoors.content.guard.service.ContentGuard;
import org.opendoors.content.guard.service.GuardEvaluation;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's guard on the project's evaluation set (src/test/resources/guard/eval.tsv: sentences a communicator
 * would write, to refuse and to let through, written apart from the rules, and among the examples the guard learns
 * from) and on the held-out set (heldout.tsv: written apart and never learned from): every language reaches the
 * targets on both.
 */
class GuardEvaluationTest {

    private static final ContentGuard GUARD = ContentFolderReader.guard(Path.of("content"));
    private static final Path EVALUATION_SET = Path.of("src/test/resources/guard/eval.tsv");
    private static final Path HELD_OUT_SET = Path.of("src/test/resources/guard/heldout.tsv");

    @Test
    void everyLanguageRefusesAtLeast95PercentAndAtMost2PercentOfOrdinarySentences() throws Exception {
        meetsTheTargets(EVALUATION_SET);
    }

    /**
     * About 100 sentences to refuse and 115 ordinary ones per language, none of them among the examples: every
     * language refuses 95 % of the first, and all together at most 2 % of the second, each language at most three
     * (three of 116 is 2.6 %: a language may sit one sentence over its own target while the whole stays under 2 %;
     * the README has the figures, every language within 1.7 % today).
     */
    @Test
    void onSentencesItNeverLearnedFromEveryLanguageStillMeetsTheTargets() throws Exception {
        List<GuardEvaluation.Outcome> outcomes = GuardEvaluation.run(GUARD,
                Files.readAllLines(HELD_OUT_SET, StandardCharsets.UTF_8));
        String report = GuardEvaluation.report(outcomes);
        outcomes.stream().collect(Collectors.groupingBy(GuardEvaluation.Outcome::language)).forEach((language, rows) -> {
            long block = rows.stream().filter(GuardEvaluation.Outcome::expectBlock).count();
            assertTrue(rows.stream().filter(o -> o.expectBlock() && o.correct()).count() >= 0.95 * block,
                    language + " recall\n" + report);
            assertTrue(rows.stream().filter(o -> !o.expectBlock() && !o.correct()).count() <= 3,
                    language + " false refusals\n" + report);
        });
        long ordinary = outcomes.stream().filter(o -> !o.expectBlock()).count();
        assertTrue(outcomes.stream().filter(o -> !o.expectBlock() && !o.correct()).count() <= 0.02 * ordinary, report);
        // Never learned from: no held-out sentence is one of the examples, which decide their own sentences.
        Map<String, java.util.Set<String>> examples = new java.util.HashMap<>();
        ContentFolderReader.guardRules(Path.of("content")).forEach((language, rules) -> examples.put(language,
                rules.examples().stream().map(e -> e.sentence().strip().toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.toSet())));
        for (GuardEvaluation.Outcome outcome : outcomes) {
            assertTrue(!examples.get(outcome.language()).contains(outcome.sentence().toLowerCase(java.util.Locale.ROOT)),
                    "learned from: " + outcome.sentence());
        }
    }

    private static List<GuardEvaluation.Outcome> meetsTheTargets(Path set) throws Exception {
        List<GuardEvaluation.Outcome> outcomes = GuardEvaluation.run(GUARD,
                Files.readAllLines(set, StandardCharsets.UTF_8));
        Map<String, List<GuardEvaluation.Outcome>> byLanguage =
                outcomes.stream().collect(Collectors.groupingBy(GuardEvaluation.Outcome::language));
        for (SupportedLanguage language : SupportedLanguage.all()) {
            List<GuardEvaluation.Outcome> rows = byLanguage.getOrDefault(language.tag(), List.of());
            assertTrue(rows.stream().filter(GuardEvaluation.Outcome::expectBlock).count() >= 40
                            && rows.stream().filter(o -> !o.expectBlock()).count() >= 60,
                    language.tag() + " needs at least 40 sentences to refuse and 60 to let through");
        }
        assertTrue(GuardEvaluation.targetsMet(outcomes), GuardEvaluation.report(outcomes));
        return outcomes;
    }

    @Test
    void aLineThatCannotBeMeasuredIsNamed() {
        GuardEvaluation.BadLine bad = assertThrows(GuardEvaluation.BadLine.class, () -> GuardEvaluation.run(GUARD,
                List.of("en\tblock\tranking\tThe best school.", "en\tmaybe\tranking\tThe best school.")));
        assertEquals("line 2: the second field is block or allow, not \"maybe\"", bad.getMessage());
        assertThrows(GuardEvaluation.BadLine.class, () -> GuardEvaluation.run(GUARD, List.of("xx\tblock\tnone\tHi.")));
        assertThrows(GuardEvaluation.BadLine.class, () -> GuardEvaluation.run(GUARD, List.of("en\tblock\tHi.")));
    }

    @Test
    void theReportGivesRecallAndFalseRefusalsAndEverySentenceGottenWrong() throws Exception {
        List<GuardEvaluation.Outcome> outcomes = GuardEvaluation.run(GUARD, List.of(
                "en\tblock\tranking\tWe are the best school in the city.",
                "en\tblock\tcomposition\tOur garden grows tomatoes.",
                "en\tallow\tnone\tThe library is on the top floor."));
        String report = GuardEvaluation.report(outcomes);
        assertTrue(report.contains("| en | 50.0 % (1/2) | 0.0 % (0/1) |"), report);
        assertTrue(report.contains("missed en composition (line 2): Our garden grows tomatoes."), report);
        assertTrue(!GuardEvaluation.targetsMet(outcomes));
    }
}
