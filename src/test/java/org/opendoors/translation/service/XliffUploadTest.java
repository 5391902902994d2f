package org.opendoors.translation.service;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;
import org.opendoors.translation.domain.XliffRefusedException;
import org.opendoors.translation.domain.XliffReport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An uploaded file read as far as what it holds: bounded, parsed safely, its kind and language. */
class XliffUploadTest {

    private static final String UNIT = "<unit id=\"layout.nav_home\"><segment><source>Home</source><target>Accueil</target>"
            + "</segment></unit>";

    @Test
    void theFileSaysWhetherItHoldsInterfaceOrContentTexts() throws Exception {
        assertEquals(XliffKind.UI, open(xliff("fr", "id=\"messages\" original=\"i18n/messages.properties\""), SupportedLanguage.FR).kind());
        assertEquals(XliffKind.CONTENT, open(xliff("fr", "id=\"content\" original=\"content/\""), SupportedLanguage.FR).kind());
        // A tool that renumbered the files keeps what they were made from.
        assertEquals(XliffKind.UI, open(xliff("fr", "id=\"f1\" original=\"i18n/messages.properties\""), SupportedLanguage.FR).kind());
        assertEquals(List.of(new XliffProblem.UnknownKind("f1")), refusal(xliff("fr", "id=\"f1\" original=\"strings.po\""),
                SupportedLanguage.FR).problems());
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsParsed() {
        byte[] big = xliff("fr", "id=\"messages\"").replace("<xliff ", "<!--" + "x".repeat(XliffWorkspace.MAX_BYTES) + "--><xliff ")
                .getBytes(StandardCharsets.UTF_8);

        XliffRefusedException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(XliffRefusedException.class, () -> XliffUpload.open(big, SupportedLanguage.FR, XliffUploadTest::source)));

        assertEquals(List.of(new XliffProblem.TooLarge(XliffWorkspace.MAX_BYTES)), refused.problems());
        assertEquals(10, ((XliffProblem.TooLarge) refused.problems().get(0)).maxMegabytes());
    }

    @Test
    void aDoctypeIsRefusedAsTheParserMeetsIt() {
        String withEntity = xliff("fr", "id=\"messages\"").replace("<xliff ",
                "<!DOCTYPE xliff [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<xliff ").replace("Accueil", "&secret;");

        XliffProblem problem = refusal(withEntity, SupportedLanguage.FR).problems().get(0);

        assertTrue(problem instanceof XliffProblem.NotWellFormed, problem.toString());
        assertTrue(problem.describe().contains("DOCTYPE"), problem.describe());
    }

    @Test
    void theEnglishSourceOfTheInterfaceIsNoTranslation() {
        XliffRefusedException refused = refusal(xliff("en", "id=\"messages\""), SupportedLanguage.EN);

        assertEquals(XliffKind.UI, refused.kind());
        assertEquals(List.of(new XliffProblem.SourceLanguage(XliffKind.UI, "en")), refused.problems());
    }

    @Test
    void aRefusalSaysInTheAuditLogWhatAndWhyInAFewWords() {
        XliffReport refused = XliffReport.refused(XliffKind.UI, List.of(new XliffProblem.NotXliff(), new XliffProblem.NotXliff(),
                new XliffProblem.NotXliff(), new XliffProblem.NotXliff()));

        assertEquals("ui texts: 4 problem(s): not an XLIFF 2.0 document; not an XLIFF 2.0 document; "
                + "not an XLIFF 2.0 document; …", refused.summary());
        assertEquals("content texts: 0 changed, 12 unchanged", XliffReport.applied(XliffKind.CONTENT, 0, 12).summary());
    }

    private static XliffUpload.Opened open(String xliff, SupportedLanguage language) throws Exception {
        return XliffUpload.open(xliff.getBytes(StandardCharsets.UTF_8), language, XliffUploadTest::source);
    }

    private static XliffRefusedException refusal(String xliff, SupportedLanguage language) {
        return assertThrows(XliffRefusedException.class, () -> open(xliff, language));
    }

    private static String source(XliffKind kind) {
        return kind == XliffKind.UI ? MessageCatalog.SOURCE.tag() : "ca";
    }

    private static String xliff(String targetLanguage, String fileAttributes) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\""
                + targetLanguage + "\">\n<file " + fileAttributes + ">" + UNIT + "</file>\n</xliff>\n";
    }
}
