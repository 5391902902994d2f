package org.opendoors.translation.service;

import org.junit.jupiter.api.Test;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardFinding;
import org.opendoors.content.guard.domain.GuardRuleSet;
import org.opendoors.content.guard.service.ContentGuard;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UiTextGuardTest {

    private static final ContentGuard GUARD = new ContentGuard(new GuardRuleSet(
            ContentFolderReader.guardRules(Path.of("content"))).rulesAlone().byLanguage());

    @Test
    void onlyTheWordsAFamilyReadsAreGuardedNotTheMessageSyntax() {
        assertEquals("Schools in", UiTextGuard.wordsOf("Schools in {city}"));
        assertEquals("school schools", UiTextGuard.wordsOf("{count, plural, one {# school} other {# schools}}"));
        assertEquals("Open on at", UiTextGuard.wordsOf("Open on {date, date, long} at {time, time, short}"));
        assertEquals("It's ours", UiTextGuard.wordsOf("It''s ours"));
        assertEquals("broken {", UiTextGuard.wordsOf("broken {"));
    }

    @Test
    void aRankingOrAShareInATranslatedMenuLabelIsRefusedInItsOwnLanguage() {
        List<GuardFinding> arabic = UiTextGuard.refusals(GUARD, SupportedLanguage.AR, "Schools", "أفضل مدرسة في المدينة");
        assertEquals(GuardCategory.RANKING, arabic.get(0).category(), arabic.toString());
        List<GuardFinding> spanish = UiTextGuard.refusals(GUARD, SupportedLanguage.ES,
                "{count, plural, one {# school} other {# schools}}",
                "{count, plural, one {# colegio} other {# colegios}} con un 80 % de alumnos inmigrantes");
        assertEquals(GuardCategory.COMPOSITION, spanish.get(0).category(), spanish.toString());
    }

    @Test
    void aTranslationMayNameWhatItsSourceNamesAndNothingMore() {
        String source = "No rankings: we never rank schools.";
        assertEquals(List.of(), UiTextGuard.refusals(GUARD, SupportedLanguage.ES, source,
                "Sin rankings: nunca clasificamos las escuelas."));
        List<GuardFinding> more = UiTextGuard.refusals(GUARD, SupportedLanguage.ES, source,
                "Sin rankings, pero el 90 % de nuestros alumnos aprueba la selectividad.");
        assertEquals(GuardCategory.SCORES, more.get(0).category(), more.toString());
    }

    @Test
    void everyShippedUiStringInEveryLanguagePassesTheSampleCitysGuard() throws Exception {
        ShippedBundles shipped = ShippedBundles.fromFolder(Path.of("i18n"));
        List<String> refused = new ArrayList<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            for (Map.Entry<String, String> message : shipped.messages(language).entrySet()) {
                if (shipped.context(message.getKey()).startsWith(UiTextGuard.NAMES_WHAT_IS_NEVER_SHOWN)) {
                    continue;
                }
                List<GuardFinding> findings = UiTextGuard.refusals(GUARD, language,
                        shipped.sourceText(message.getKey()).orElse(null), message.getValue());
                if (!findings.isEmpty()) {
                    refused.add(language.tag() + " " + message.getKey() + ": " + findings.get(0).message());
                }
            }
        }
        assertTrue(refused.isEmpty(), refused.size() + " shipped strings refused:\n" + String.join("\n", refused));
        assertTrue(shipped.context("why.scores_text").startsWith(UiTextGuard.NAMES_WHAT_IS_NEVER_SHOWN),
                "the strings explaining what the portal never shows are marked so");
    }
}
