package org.opendoors.content.guard.service;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardFinding;
import org.opendoors.content.guard.domain.LanguageRules;
import org.opendoors.content.reader.ContentFolderReader;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard with a model learned from a language's examples, on {@link SmallGuard}: one rule ("best" + "school"),
 * and examples that teach what the rule does not name. What a family's communicator sees: a refusal names a phrase
 * of the sentence, its category, the reason and the suggestion; the examples decide their own sentences.
 */
class LearnedGuardTest {

    @TempDir
    static Path content;
    static ContentGuard guard;

    @BeforeAll
    static void learn() throws IOException {
        guard = new ContentGuard(SmallGuard.writtenInto(content));
    }

    @Test
    void aSentenceNoRuleNamesIsRefusedForWhatItLearnedNamingAPhraseOfIt() {
        String text = "Come and see why people call it the finest academy in the valley.";
        List<GuardFinding> findings = guard.check(text, "en");

        assertEquals(1, findings.size(), findings.toString());
        GuardFinding finding = findings.get(0);
        assertEquals(GuardCategory.RANKING, finding.category());
        assertEquals("ranking: learned from the examples", finding.ruleId());
        assertTrue(finding.phrase().contains("finest") || finding.phrase().contains("academy"), finding.phrase());
        assertEquals(finding.phrase(), text.substring(finding.offset(), finding.offset() + finding.phrase().length()));
        assertEquals("Rankings turn into a school's reputation.", finding.reason());
        assertEquals("Present the community as a strength.", guard.check(
                "Nearly all of the children come from migrant families.", "en").get(0).suggestion());
    }

    @Test
    void aTextOfOneOrTwoWordsIsRefusedByTheRulesOnlyNeverByWhatTheModelLearned() {
        String sentence = "Come and see the finest academy in the valley.";
        assertEquals("ranking: learned from the examples", guard.check(sentence, "en").get(0).ruleId());
        assertEquals(List.of(), guard.check("Finest academy", "en"), "two words: the model alone does not refuse");
        assertEquals(GuardCategory.RANKING, guard.check("Best school", "en").get(0).category(), "the rule still does");
    }

    @Test
    void ordinarySentencesItNeverSawPass() {
        assertEquals(List.of(), guard.check("The choir practises in the music room on Tuesdays.", "en"));
        assertEquals(List.of(), guard.check("Families can borrow books from the library.", "en"));
    }

    @Test
    void theExamplesDecideTheirOwnSentencesWhateverTheRulesSay() {
        // The rule (best + school) matches it, but the city listed it as ordinary.
        assertEquals(List.of(), guard.check("The best part of the day is the morning circle at our school.", "en"));
        assertEquals(List.of(), guard.check("the BEST part of the day   is the morning circle at our school", "en"));
        List<GuardFinding> listed = guard.check("The leading academy in the county, year after year.", "en");
        assertEquals(GuardCategory.RANKING, listed.get(0).category());
        assertEquals("ranking: an example to refuse", listed.get(0).ruleId());
        assertFalse(guard.check("We are the best school in the city.", "en").isEmpty(), "the rule still refuses");
    }

    @Test
    void aRulesMatchInsideAnOrdinarySentenceIsStillRefused() {
        String text = "The library opens at nine every morning, children plant beans in the garden in spring, the "
                + "choir sings at the open day, and honestly we are the best school in town.";
        List<GuardFinding> findings = guard.check(text, "en");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("best school", findings.get(0).phrase());
    }

    @Test
    void theSameExamplesAlwaysMakeTheSameModel() {
        Map<String, LanguageRules> rules = ContentFolderReader.guardRules(content);
        CompiledRules first = new CompiledRules(rules.get("en"), ModelStore.none());
        CompiledRules second = new CompiledRules(rules.get("en"), ModelStore.none());
        for (String sentence : List.of("Come and see the finest academy.", "Our garden grows beans.",
                "Most pupils come from migrant families.")) {
            assertEquals(ordinary(first, sentence), ordinary(second, sentence), sentence);
        }
    }

    static double ordinary(CompiledRules rules, String sentence) {
        var words = rules.analysis().words(sentence);
        return rules.model().orElseThrow().judge(SentenceFeatures.of(rules, words, new SentenceCues(rules, words)))
                .ordinary();
    }
}
