package org.opendoors.translation;

import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.testing.Folders;
import org.opendoors.translation.service.BundleFolder;
import org.opendoors.translation.service.XliffExchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XliffExchangeTest {

    @TempDir
    Path i18n;

    @BeforeEach
    void copyBundles() throws Exception {
        Folders.copy(Path.of("i18n"), i18n);
    }

    @Test
    void anIndependentXliff2ImplementationReadsWhatWeExport() throws Exception {
        String xliff = XliffExchange.export(i18n, SupportedLanguage.AR);
        Map<String, Segment> segments = new HashMap<>();
        Map<String, String> contexts = new HashMap<>();
        String targetLanguage = null;
        XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
        reader.open(new ByteArrayInputStream(xliff.getBytes(StandardCharsets.UTF_8)));
        while (reader.hasNext()) {
            Event event = reader.next();
            if (event.isStartXliff()) {
                targetLanguage = event.getStartXliffData().getTargetLanguage();
            } else if (event.isUnit()) {
                Unit unit = event.getUnit();
                segments.put(unit.getId(), unit.getSegments().iterator().next());
                for (Note note : unit.getNotes()) {
                    contexts.put(unit.getId(), note.getText());
                }
            }
        }
        reader.close();

        assertEquals("ar", targetLanguage);
        assertEquals(BundleFolder.source(i18n).messages().size(), segments.size());
        Segment title = segments.get("home.title");
        assertEquals("Find a school in {city}", title.getSource().getPlainText());
        assertEquals(BundleFolder.translations(i18n).get(SupportedLanguage.AR).messages().get("home.title"),
                title.getTarget().getPlainText());
        assertEquals(TargetState.REVIEWED, title.getState());
        assertTrue(contexts.get("home.title").contains("Main heading of the home page"));
    }

    @Test
    void exportingAndImportingUnchangedChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(i18n.resolve("messages_ru.properties"));
        byte[] sidecar = Files.readAllBytes(i18n.resolve(BundleFolder.SIDECAR));
        XliffExchange.ImportReport report = XliffExchange.importInto(i18n, SupportedLanguage.RU,
                XliffExchange.export(i18n, SupportedLanguage.RU).getBytes(StandardCharsets.UTF_8));

        assertTrue(report.applied(), report.problems().toString());
        assertEquals(0, report.changed());
        assertEquals(BundleFolder.source(i18n).messages().size(), report.unchanged());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(i18n.resolve("messages_ru.properties")));
        assertEquals(new String(sidecar, StandardCharsets.UTF_8), Files.readString(i18n.resolve(BundleFolder.SIDECAR)));
    }

    @Test
    void anImportWithOneBrokenMessageIsRefusedWholeWithAReport() throws Exception {
        String xliff = XliffExchange.export(i18n, SupportedLanguage.ZH)
                .replace("<target>首页</target>", "<target>主页</target>")
                .replaceFirst("(<unit id=\"home.title\">[\\s\\S]*?<target>)[^<]*(</target>)", "$1在{town找学校$2");
        byte[] before = Files.readAllBytes(i18n.resolve("messages_zh.properties"));

        XliffExchange.ImportReport report = XliffExchange.importInto(i18n, SupportedLanguage.ZH,
                xliff.getBytes(StandardCharsets.UTF_8));

        assertFalse(report.applied());
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).startsWith("unit 'home.title': icu-syntax"), report.problems().get(0));
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(i18n.resolve("messages_zh.properties")));
    }

    @Test
    void aGoodImportChangesOnlyItsMessagesAndMarksThemTranslatedFromTheCurrentSource() throws Exception {
        String ours = BundleFolder.translations(i18n).get(SupportedLanguage.CA).messages().get("layout.nav_home");
        String xliff = XliffExchange.export(i18n, SupportedLanguage.CA)
                .replaceFirst("(<unit id=\"layout.nav_home\">[\\s\\S]*?<target>)[^<]*(</target>)", "$1Pàgina d'inici$2");

        XliffExchange.ImportReport report = XliffExchange.importInto(i18n, SupportedLanguage.CA,
                xliff.getBytes(StandardCharsets.UTF_8));

        assertTrue(report.applied(), report.problems().toString());
        assertEquals(1, report.changed());
        String file = Files.readString(i18n.resolve("messages_ca.properties"));
        assertTrue(file.contains("\nlayout.nav_home=Pàgina d'inici\n"));
        assertFalse(file.contains("\nlayout.nav_home=" + ours + "\n"));
        assertEquals("Pàgina d'inici", BundleFolder.translations(i18n).get(SupportedLanguage.CA).messages().get("layout.nav_home"));
    }

    @Test
    void refusesWhatIsNotXliff2ForThisLanguage() throws Exception {
        assertFalse(XliffExchange.importInto(i18n, SupportedLanguage.FR, "<xliff".getBytes()).applied());
        assertFalse(XliffExchange.importInto(i18n, SupportedLanguage.FR,
                XliffExchange.export(i18n, SupportedLanguage.ES).getBytes(StandardCharsets.UTF_8)).applied());
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        XliffExchange.ImportReport report = XliffExchange.importInto(i18n, SupportedLanguage.FR, entity.getBytes());
        assertFalse(report.applied());
        assertTrue(report.problems().get(0).startsWith("not well-formed XML"), report.problems().toString());
    }
}
