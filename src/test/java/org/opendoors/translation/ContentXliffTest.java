package org.opendoors.translation;

import org.opendoors.school.domain.SchoolCatalog;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.school.domain.TextSection;
import org.opendoors.testing.Folders;
import org.opendoors.translation.service.ContentXliff;
import org.opendoors.translation.service.XliffExchange;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentXliffTest {

    private static final String SCHOOL = "school.escola-la-sinia.daily_life";

    @TempDir
    Path content;

    @BeforeEach
    void copyTheSampleCity() throws Exception {
        Folders.copy(Path.of("content"), content);
    }

    @Test
    void okapiReadsEveryTextOfTheCityWithItsTranslation() throws Exception {
        Map<String, String> targets = new HashMap<>();
        XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
        reader.open(new ByteArrayInputStream(ContentXliff.export(content, SupportedLanguage.UR).getBytes(StandardCharsets.UTF_8)));
        while (reader.hasNext()) {
            Event event = reader.next();
            if (event.isUnit()) {
                Unit unit = event.getUnit();
                targets.put(unit.getId(), unit.getSegments().iterator().next().getTarget().getPlainText());
                assertTrue(unit.getNotes().iterator().hasNext(), unit.getId() + " has no context note");
            }
        }
        reader.close();
        assertTrue(targets.size() > 42 * 5, targets.size() + " units");
        assertEquals(ContentFolderReader.read(content).part(SchoolCatalog.class).schools().stream()
                .filter(s -> s.getSlug().equals("escola-la-sinia")).findFirst().orElseThrow()
                .textsIn("ur").orElseThrow().get(TextSection.DAILY_LIFE), targets.get(SCHOOL));
        assertTrue(targets.containsKey("guide.faq.diversity_and_learning.answer"));
        assertTrue(targets.containsKey("block.welcome-newcomers.text"));
    }

    @Test
    void exportingAndImportingUnchangedChangesNothing() throws Exception {
        String before = fingerprint(content);
        XliffExchange.ImportReport report = ContentXliff.importInto(content, SupportedLanguage.RU,
                ContentXliff.export(content, SupportedLanguage.RU).getBytes(StandardCharsets.UTF_8));
        assertTrue(report.applied(), report.problems().toString());
        assertEquals(0, report.changed());
        assertEquals(before, fingerprint(content));
    }

    @Test
    void aChangedTextRewritesOnlyItsFile() throws Exception {
        String xliff = ContentXliff.export(content, SupportedLanguage.ES)
                .replaceFirst("(<unit id=\"" + SCHOOL + "\">[\\s\\S]*?<target>)[^<]*(</target>)",
                        "$1Las clases son de 9:00 a 16:30.\n\nEl comedor cocina con verduras del huerto.$2");
        String before = Files.readString(content.resolve("schools/escola-les-fonts/es.yaml"));

        XliffExchange.ImportReport report = ContentXliff.importInto(content, SupportedLanguage.ES,
                xliff.getBytes(StandardCharsets.UTF_8));

        assertTrue(report.applied(), report.problems().toString());
        assertEquals(1, report.changed());
        assertEquals("Las clases son de 9:00 a 16:30.\n\nEl comedor cocina con verduras del huerto.",
                ContentFolderReader.read(content).part(SchoolCatalog.class).schools().stream().filter(s -> s.getSlug().equals("escola-la-sinia"))
                        .findFirst().orElseThrow().textsIn("es").orElseThrow().get(TextSection.DAILY_LIFE));
        assertEquals(before, Files.readString(content.resolve("schools/escola-les-fonts/es.yaml")));
    }

    @Test
    void aTranslationTheGuardRefusesIsNotImportedAtAll() throws Exception {
        String xliff = ContentXliff.export(content, SupportedLanguage.EN)
                .replaceFirst("(<unit id=\"" + SCHOOL + "\">[\\s\\S]*?<target>)[^<]*(</target>)",
                        "$1We are the best school in the city.$2")
                .replaceFirst("(<unit id=\"guide.title\">[\\s\\S]*?<target>)[^<]*(</target>)", "$1Applying for a school$2");
        String before = fingerprint(content);

        XliffExchange.ImportReport report = ContentXliff.importInto(content, SupportedLanguage.EN,
                xliff.getBytes(StandardCharsets.UTF_8));

        assertFalse(report.applied());
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).startsWith("schools/escola-la-sinia/en.yaml:"), report.problems().get(0));
        assertEquals(before, fingerprint(content));
    }

    @Test
    void aNewLanguageFileNeedsEveryTextOfIt() throws Exception {
        String xliff = ContentXliff.export(content, SupportedLanguage.FR);
        Files.delete(content.resolve("blocks/interpreters/fr.yaml"));
        String partial = xliff.replaceFirst("(<unit id=\"block.interpreters.text\">[\\s\\S]*?)<target>[^<]*</target>", "$1");

        XliffExchange.ImportReport report = ContentXliff.importInto(content, SupportedLanguage.FR,
                partial.getBytes(StandardCharsets.UTF_8));

        assertFalse(report.applied());
        assertTrue(report.problems().get(0).startsWith("blocks/interpreters/fr.yaml: every text of the file needs a translation"),
                report.problems().toString());
        assertTrue(ContentXliff.importInto(content, SupportedLanguage.FR, xliff.getBytes(StandardCharsets.UTF_8)).applied());
        assertTrue(Files.exists(content.resolve("blocks/interpreters/fr.yaml")));
    }

    private static String fingerprint(Path folder) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
