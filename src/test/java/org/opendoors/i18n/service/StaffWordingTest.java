package org.opendoors.i18n.service;

import org.junit.jupiter.api.Test;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.reader.Problems;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.security.domain.NotAllowedException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What services say is English for logs and the command line, and the reader's language on a page. */
class StaffWordingTest {

    private static final StaffWording PUBLISH_REFUSED = StaffWording.of("security.refused.role",
            "action", StaffWording.of("security.action.publishContent"),
            "roles", new StaffWording.Alternatives(List.of(StaffWording.of("security.role.publisher"),
                    StaffWording.of("security.role.admin"))));

    @Test
    void aRefusalIsEnglishInItsMessageWithNestedSentencesAndAlternatives() {
        NotAllowedException refused = new NotAllowedException(PUBLISH_REFUSED);
        assertEquals("Your account may not publish content. It needs the role publisher or admin.", refused.getMessage());
        assertEquals(PUBLISH_REFUSED, refused.wording());
    }

    @Test
    void aPageSaysTheSameRefusalInTheReadersLanguage() {
        StaffMessages messages = staffMessages();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            if (language == SupportedLanguage.EN) {
                continue;
            }
            String said = messages.say(language, PUBLISH_REFUSED);
            assertNotEquals(StaffMessages.english(PUBLISH_REFUSED), said, language.tag());
            assertTrue(said.contains(messages.text(language, "security.role.publisher")), language.tag() + ": " + said);
            assertTrue(said.contains(messages.text(language, "security.role.admin")), language.tag() + ": " + said);
        }
    }

    @Test
    void aContentProblemKeepsItsEnglishMessageAndItsSentence() {
        Problems problems = new Problems();
        problems.add("schools/x/ca.yaml", 3, "summary", StaffWording.of("content.problem.notDate", "value", "“2026-13-01”"));
        ContentProblem problem = problems.all().get(0);
        assertEquals("schools/x/ca.yaml:3: summary: “2026-13-01” is not a date written YYYY-MM-DD", problem.toString());
        String spanish = staffMessages().say(SupportedLanguage.ES, problem.wording());
        assertTrue(spanish.contains("“2026-13-01”") && !spanish.contains("is not a date"), spanish);
    }

    @Test
    void numbersAreFormattedForTheReader() {
        StaffWording tooLarge = StaffWording.of("content.problem.tooManyCharacters", "max", 2_000_000);
        assertTrue(StaffMessages.english(tooLarge).startsWith("is larger than 2,000,000 characters"), StaffMessages.english(tooLarge));
        String french = staffMessages().say(SupportedLanguage.FR, tooLarge);
        assertTrue(french.contains("2\u202f000\u202f000") || french.contains("2\u00a0000\u00a0000"), french);
    }

    @Test
    void thePreviewSaysWhichCaseAppliesInTheTranslatorsLanguageKeepingTheKeyword() {
        StaffWording label = StaffWording.of("translation.preview.sample.categoryExact", "category", "zero", "number", "0");
        assertEquals("zero · 0 (the =0 case applies)", StaffMessages.english(label));
        assertEquals("zero · 0 (le cas =0 s’applique)", staffMessages().say(SupportedLanguage.FR, label));
        String arabic = staffMessages().say(SupportedLanguage.AR, label);
        assertTrue(arabic.startsWith("zero · 0") && !arabic.contains("applies"), arabic);
    }

    @Test
    void argumentsComeInPairs() {
        assertThrows(IllegalArgumentException.class, () -> StaffWording.of("content.problem.notDate", "value"));
    }

    private static StaffMessages staffMessages() {
        StaffMessages messages = new StaffMessages();
        messages.load();
        return messages;
    }
}
