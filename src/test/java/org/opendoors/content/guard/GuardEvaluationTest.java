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
 * would write, to refuse and to let through, written apart from the rules): every language reaches the targets.
 */
class GuardEvaluationTest {

    private static final ContentGuard GUARD = ContentFolderReader.guard(Path.of("content"));
    private static final Path EVALUATION_SET = Path.of("src/test/resources/guard/eval.tsv");

    @Test
    void everyLanguageRefusesAtLeast95PercentAndAtMost2PercentOfOrdinarySentences() throws Exception {
        List<GuardEvaluation.Outcome> outcomes = GuardEvaluation.run(GUARD,
                Files.readAllLines(EVALUATION_SET, StandardCharsets.UTF_8));
        Map<String, List<GuardEvaluation.Outcome>> byLanguage =
                outcomes.stream().collect(Collectors.groupingBy(GuardEvaluation.Outcome::language));
        for (SupportedLanguage language : SupportedLanguage.all()) {
            List<GuardEvaluation.Outcome> rows = byLanguage.getOrDefault(language.tag(), List.of());
            assertTrue(rows.stream().filter(GuardEvaluation.Outcome::expectBlock).count() >= 40
                            && rows.stream().filter(o -> !o.expectBlock()).count() >= 60,
                    language.tag() + " needs at least 40 sentences to refuse and 60 to let through");
        }
        assertTrue(GuardEvaluation.targetsMet(outcomes), GuardEvaluation.report(outcomes));
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
