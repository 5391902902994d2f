package org.opendoors.content.guard.service;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardFinding;
import org.opendoors.content.reader.ContentFolderReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sentence in another of the guard's languages than its file's is read by its own language's guard. */
class SentenceLanguageTest {

    private static ContentGuard guard;

    @BeforeAll
    static void rules() {
        guard = ContentFolderReader.guard(Path.of("content"));
    }

    @Test
    void anEnglishSentenceInTheCatalanFileIsToldAndRefused() {
        String english = "Nearly all our pupils come from Pakistani families, and hardly any are from here.";
        assertEquals(Optional.of("en"), guard.writtenIn(english, "ca"));
        List<GuardFinding> findings = guard.check("Hi ha hort i biblioteca. " + english, "ca");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(GuardCategory.COMPOSITION, findings.get(0).category());
        assertTrue(findings.get(0).offset() >= "Hi ha hort i biblioteca. ".length(), findings.toString());
    }

    @Test
    void aSpanishSentenceInTheCatalanFileAndAFrenchOneInTheArabicFileAreToldAndRefused() {
        String spanish = "Nuestros alumnos sacan las mejores notas de selectividad de toda la provincia.";
        assertEquals(Optional.of("es"), guard.writtenIn(spanish, "ca"));
        assertTrue(!guard.check(spanish, "ca").isEmpty(), "refused in the Catalan file");
        String french = "Nos élèves obtiennent des notes bien au-dessus de la moyenne nationale au brevet.";
        assertEquals(Optional.of("fr"), guard.writtenIn(french, "ar"));
        assertEquals(GuardCategory.SCORES, only(guard.check(french, "ar")));
    }

    /** Where the file's own guard reads nothing, the guard of the sentence's language does. */
    @Test
    void whatTheFilesGuardMissesTheSentencesLanguageCatches() {
        String english = "Every year we turn away twice as many families as we have places for.";
        assertEquals(Optional.of("en"), guard.writtenIn(english, "zh"));
        assertEquals(GuardCategory.DEMAND, only(guard.check(english, "zh")));
        assertEquals("en", guard.check(english, "zh").get(0).language());
    }

    @Test
    void aNameInAnotherScriptDoesNotChangeASentencesLanguage() {
        for (String chinese : List.of("Riera Alta 学校的图书馆每天下午开放，欢迎家长和孩子一起来读书。",
                "Institut Riera Alta 位于老纺织厂 Can Ferrer 的大厂房里。")) {
            assertEquals(Optional.empty(), guard.writtenIn(chinese, "zh"), chinese);
            assertTrue(guard.check(chinese, "zh").isEmpty(), chinese);
        }
    }

    @Test
    void noSentenceOfTheHeldOutSetIsTakenForAnotherLanguageThanItsOwn() throws IOException {
        List<String> taken = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/guard/heldout.tsv"))) {
            String[] fields = line.split("\t", 4);
            if (fields.length == 4 && !line.startsWith("#") && !fields[0].equals("lang")) {
                guard.writtenIn(fields[3], fields[0]).ifPresent(other -> taken.add(fields[0] + "→" + other + ": " + fields[3]));
            }
        }
        assertTrue(taken.isEmpty(), String.join("\n", taken));
    }

    private static GuardCategory only(List<GuardFinding> findings) {
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0).category();
    }
}
