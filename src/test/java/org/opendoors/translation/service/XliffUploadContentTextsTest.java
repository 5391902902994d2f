package org.opendoors.translation.service;

import org.junit.jupiter.api.Test;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.reader.ContentTranslation;
import org.opendoors.content.reader.FolderCheck;
import org.opendoors.editorial.service.PublishedCities;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;
import org.opendoors.translation.domain.XliffRefusedException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upload of content texts in the back office, up to the files it would save as drafts: the newest versions of a
 * small city (two schools, a guide, a block; written in Catalan), the whole city read with the changed files.
 * Saving them is {@code EditorialWorkflow.saveTranslations}'s.
 */
class XliffUploadContentTextsTest {

    private static final String SCHOOL = "school.escola-la-prova.daily_life";
    private static final String SCHOOL_AR = "schools/escola-la-prova/ar.yaml";
    private static final Map<String, String> NEWEST = PublishedCities.files(PublishedCities.GOOD);

    @Test
    void anUnchangedExportChangesNothing() throws Exception {
        for (SupportedLanguage language : List.of(SupportedLanguage.AR, SupportedLanguage.EN, SupportedLanguage.ZH)) {
            ContentXliff.FileChanges changes = plan(NEWEST, export(NEWEST, language), language);

            assertEquals(Map.of(), changes.files(), language.tag());
            assertEquals(0, changes.changed(), language.tag());
            assertEquals(translatedTexts(NEWEST, language), changes.unchanged(), language.tag());
        }
    }

    @Test
    void aChangedTextRewritesOnlyItsFile() throws Exception {
        String xliff = XliffUploadUiTextsTest.withTarget(export(NEWEST, SupportedLanguage.AR), SCHOOL,
                "الدروس من التاسعة حتى الرابعة والنصف.");

        ContentXliff.FileChanges changes = plan(NEWEST, xliff, SupportedLanguage.AR);

        assertEquals(List.of(SCHOOL_AR), List.copyOf(changes.files().keySet()));
        assertTrue(changes.files().get(SCHOOL_AR).contains("الدروس من التاسعة حتى الرابعة والنصف."));
        assertEquals(1, changes.changed());
    }

    @Test
    void aFileForAnotherLanguageIsRefusedBeforeAnythingIsRead() {
        byte[] french = export(NEWEST, SupportedLanguage.FR).getBytes(StandardCharsets.UTF_8);

        XliffRefusedException refused = assertThrows(XliffRefusedException.class,
                () -> XliffUpload.open(french, SupportedLanguage.AR, XliffUploadContentTextsTest::sourceLanguage));

        assertEquals(XliffKind.CONTENT, refused.kind());
        assertEquals(List.of(new XliffProblem.WrongLanguage("fr", "ar")), refused.problems());
    }

    @Test
    void theCitysSourceLanguageIsNotUploadedAsATranslation() {
        byte[] catalan = export(NEWEST, SupportedLanguage.CA).getBytes(StandardCharsets.UTF_8);

        XliffRefusedException refused = assertThrows(XliffRefusedException.class,
                () -> XliffUpload.open(catalan, SupportedLanguage.CA, XliffUploadContentTextsTest::sourceLanguage));

        assertEquals(List.of(new XliffProblem.SourceLanguage(XliffKind.CONTENT, "ca")), refused.problems());
    }

    @Test
    void aTextTheGuardRefusesRefusesEveryFileOfTheUpload() throws Exception {
        Map<String, String> guarded = new TreeMap<>(NEWEST);
        guarded.put("guard/en.yaml", Files.readString(Path.of("content/guard/en.yaml"), StandardCharsets.UTF_8));
        String xliff = XliffUploadUiTextsTest.withTarget(XliffUploadUiTextsTest.withTarget(export(guarded, SupportedLanguage.EN),
                "block.welcome.text", "We are the best school in the city."), "guide.title", "Applying for a school");

        XliffRefusedException refused = assertThrows(XliffRefusedException.class,
                () -> plan(guarded, xliff, SupportedLanguage.EN));

        assertEquals(1, refused.problems().size(), refused.problems().toString());
        XliffProblem.ContentRefused problem = (XliffProblem.ContentRefused) refused.problems().get(0);
        assertEquals("blocks/welcome/en.yaml", problem.unit());
        assertTrue(problem.problem().rule().startsWith("ranking"), problem.problem().toString());
    }

    @Test
    void aNewTranslationFileNeedsEveryTextOfIt() {
        String titleOnly = withNewTarget(export(NEWEST, SupportedLanguage.FR), "block.welcome.title", "Bienvenue");

        XliffRefusedException refused = assertThrows(XliffRefusedException.class,
                () -> plan(NEWEST, titleOnly, SupportedLanguage.FR));

        assertEquals(List.of(new XliffProblem.IncompleteFile("blocks/welcome/fr.yaml", List.of("block.welcome.text"))),
                refused.problems());
    }

    @Test
    void aUnitTheCityDoesNotHaveIsListed() {
        String xliff = export(NEWEST, SupportedLanguage.AR).replace("<unit id=\"" + SCHOOL + "\">",
                "<unit id=\"school.closed-last-year.daily_life\">");

        XliffRefusedException refused = assertThrows(XliffRefusedException.class, () -> plan(NEWEST, xliff, SupportedLanguage.AR));

        assertEquals(List.of(new XliffProblem.UnknownUnit(XliffKind.CONTENT, "school.closed-last-year.daily_life")),
                refused.problems());
    }

    private static ContentXliff.FileChanges plan(Map<String, String> newest, String xliff, SupportedLanguage language)
            throws Exception {
        XliffUpload.Opened file = XliffUpload.open(xliff.getBytes(StandardCharsets.UTF_8), language,
                XliffUploadContentTextsTest::sourceLanguage);
        assertEquals(XliffKind.CONTENT, file.kind());
        return ContentTextsXliff.changedFiles(newest, language, file.parsed().targets());
    }

    private static String export(Map<String, String> files, SupportedLanguage language) {
        return ContentXliff.export(city(files), language);
    }

    private static long translatedTexts(Map<String, String> files, SupportedLanguage language) {
        return ContentTranslation.texts(city(files), language.tag()).stream()
                .filter(text -> text.target() != null).count();
    }

    private static CityContent city(Map<String, String> files) {
        try {
            return FolderCheck.read(files, file -> false);
        } catch (Exception e) {
            throw new IllegalStateException("The test city does not read", e);
        }
    }

    private static String sourceLanguage(XliffKind kind) {
        return kind == XliffKind.UI ? MessageCatalog.SOURCE.tag() : "ca";
    }

    /** A target given to a unit that had none, as a translator's tool writes it. */
    private static String withNewTarget(String xliff, String unitId, String target) {
        return xliff.replaceFirst("(<unit id=\"" + Pattern.quote(unitId) + "\">[\\s\\S]*?</source>)",
                "$1\n        <target>" + target + "</target>");
    }
}
