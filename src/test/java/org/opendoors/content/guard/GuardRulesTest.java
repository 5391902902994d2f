package org.opendoors.content.guard;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardFinding;
import org.opendoors.content.guard.service.ContentGuard;
import org.opendoors.content.reader.ContentFolderReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A city's guard rules: combinations of cues, distances, allowed look-alikes, and the problems a bad file gets. */
class GuardRulesTest {

    private static final String RULES = """
            cues:
              group: [pupil, family]
              origin: [migrant, 'nationalit*', muslim]
              quantity: ['#', most, hardly any, 'no @origin']
              superlative: [best]
              school: [school]
            categories:
              composition:
                when: [origin + quantity + group, origin + quantity within 3]
                reason: Shares become labels.
                suggestion: Present the community as a strength.
              ranking:
                when: [superlative + school]
                within: 3
                reason: No ranking.
                suggestion: Say what the school does.
            allowed: [best part of]
            """;

    @TempDir
    Path folder;

    private ContentGuard guard(String rules) throws IOException {
        Files.createDirectories(folder.resolve("guard"));
        Files.writeString(folder.resolve("guard/en.yaml"), rules);
        return ContentFolderReader.guard(folder);
    }

    @Test
    void aSentenceHoldingEveryCueOfACombinationIsRefusedWithItsPhraseAndCategory() throws IOException {
        ContentGuard guard = guard(RULES);
        List<GuardFinding> findings = guard.check("Most of our families are migrants.", "en");
        assertEquals(1, findings.size(), findings.toString());
        GuardFinding finding = findings.get(0);
        assertEquals(GuardCategory.COMPOSITION, finding.category());
        assertEquals("Most of our families are migrants", finding.phrase());
        assertEquals("composition: origin + quantity + group", finding.ruleId());
        assertTrue(finding.message().startsWith("\"Most of our families are migrants\" (composition): Shares become labels. Instead: Present"),
                finding.message());
    }

    @Test
    void cuesInDifferentSentencesOrTooFarApartAreNoCombination() throws IOException {
        ContentGuard guard = guard(RULES);
        assertEquals(List.of(), guard.check("Most lessons are outdoors. Migrant families run the garden.", "en"));
        assertEquals(List.of(), guard.check("The best time to visit our big green school is spring.", "en"));
        assertEquals(1, guard.check("The best school.", "en").size());
    }

    @Test
    void prefixesCueReferencesAndNumbersWrittenAsWords() throws IOException {
        ContentGuard guard = guard(RULES);
        assertEquals(GuardCategory.COMPOSITION, guard.check("Pupils of twelve nationalities.", "en").get(0).category());
        assertEquals("no Muslim", guard.check("There are no Muslim families.", "en").get(0).phrase().substring(0, 9));
        assertEquals(List.of(), guard.check("Muslim families celebrate Eid with everyone.", "en"));
    }

    @Test
    void aCueWrittenOnceMeetsFormsItsStemmerSplitsDifferently() throws IOException {
        Files.createDirectories(folder.resolve("guard"));
        Files.writeString(folder.resolve("guard/es.yaml"), """
                cues:
                  assessment: [calificación]
                  measure: [media]
                categories:
                  scores:
                    when: [assessment + measure]
                    reason: Las notas se convierten en reputación.
                    suggestion: Explicad cómo acompañáis a cada alumno.
                """);
        ContentGuard guard = ContentFolderReader.guard(folder);
        // Snowball stems "calificaciones" as "calif" and "calificación" as "calificacion".
        assertEquals(1, guard.check("Las calificaciones medias del centro.", "es").size());
        assertEquals(List.of(), guard.check("Una media de cinco actividades.", "es"));
        assertEquals(1, guard.check("La calificación media.", "es").size());
    }

    @Test
    void paddingASentenceWithCueWordsHidesNothingAndHoldsNothing() throws IOException {
        ContentGuard guard = guard(RULES);
        String padding = "pupil family most ".repeat(3_000);
        long start = System.nanoTime();
        List<GuardFinding> findings = guard.check(padding + "and most of our families are migrants", "en");
        assertEquals(GuardCategory.COMPOSITION, findings.get(0).category());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "a padded sentence is read in seconds at most");
    }

    @Test
    void aCueSharingAWordWithAnAllowedPhraseIsNoCue() throws IOException {
        ContentGuard guard = guard(RULES);
        assertEquals(List.of(), guard.check("The best part of school is the garden.", "en"));
    }

    @Test
    void badRulesAreRefusedAtTheirField() throws IOException {
        String bad = RULES.replace("origin + quantity within 3", "origin + amount")
                .replace("'no @origin'", "'no @nowhere'")
                .replace("school: [school]", "school: [school, '...']\n  Bad Name: [x]");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> guard(bad));
        String message = refused.getMessage();
        assertTrue(message.contains("names amount, not a cue of this language"), message);
        assertTrue(message.contains("names @nowhere, which is not a cue of this language"), message);
        assertTrue(message.contains("has no word to look for"), message);
        assertTrue(message.contains("a cue's name is lower-case letters"), message);
    }

    @Test
    void aCueThatNamesItselfIsRefused() throws IOException {
        String cycle = RULES.replace("'no @origin'", "'no @quantity'");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> guard(cycle));
        assertTrue(refused.getMessage().contains("refers back to itself"), refused.getMessage());
    }

    @Test
    void aPastedDictionaryIsRefusedBeforeItIsRead() throws IOException {
        String huge = RULES.replace("school: [school]", "school: [" + String.join(", ",
                java.util.stream.IntStream.range(0, 2_500).mapToObj(i -> "w" + i).toList()) + "]");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> guard(huge));
        assertTrue(refused.getMessage().contains("at most 2000"), refused.getMessage());
    }
}
