package org.opendoors.translation;

import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.reader.Event;
import net.sf.okapi.lib.xliff2.reader.XLIFFReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.school.domain.SchoolCatalog;
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

/**
 * The content XLIFF exchange over a small city (two schools, a guide, one targeted block): the sample city's 452 files
 * would make each test read a whole city several times for nothing more.
 */
class ContentXliffTest {

    private static final Path SMALL_CITY = Path.of("src/test/resources/content/good");
    private static final String SCHOOL = "school.escola-la-prova.daily_life";
    private static final String SCHOOL_AR = "schools/escola-la-prova/ar.yaml";

    @TempDir
    Path content;

    @BeforeEach
    void copyTheSmallCity() throws Exception {
        Folders.copy(SMALL_CITY, content);
    }

    @Test
    void okapiReadsEveryTextOfTheCityWithItsTranslation() throws Exception {
        Map<String, String> targets = new HashMap<>();
        XLIFFReader reader = new XLIFFReader(XLIFFReader.VALIDATION_MAXIMAL);
        reader.open(new ByteArrayInputStream(ContentXliff.export(content, SupportedLanguage.AR).getBytes(StandardCharsets.UTF_8)));
        while (reader.hasNext()) {
            Event event = reader.next();
            if (event.isUnit()) {
                Unit unit = event.getUnit();
                var target = unit.getSegments().iterator().next().getTarget();
                targets.put(unit.getId(), target == null ? null : target.getPlainText());
                assertTrue(unit.getNotes().iterator().hasNext(), unit.getId() + " has no context note");
            }
        }
        reader.close();
        // Two schools' sections, the guide's texts and the block's title and text; only one school is in Arabic.
        assertTrue(targets.size() > 2 * TextSection.values().length + 2, targets.size() + " units");
        assertEquals(ContentFolderReader.read(content).part(SchoolCatalog.class).schools().stream()
                .filter(s -> s.getSlug().equals("escola-la-prova")).findFirst().orElseThrow()
                .textsIn("ar").orElseThrow().get(TextSection.DAILY_LIFE), targets.get(SCHOOL));
        assertEquals(null, targets.get("school.institut-el-mirador.daily_life"));
        assertTrue(targets.containsKey("guide.faq.diversity_and_learning.answer"));
        assertTrue(targets.containsKey("block.welcome.text"));
    }

    @Test
    void exportingAndImportingUnchangedChangesNothing() throws Exception {
        for (SupportedLanguage language : new SupportedLanguage[]{SupportedLanguage.AR, SupportedLanguage.EN}) {
            String before = fingerprint(content, "");
            XliffExchange.ImportReport report = ContentXliff.importInto(content, language,
                    ContentXliff.export(content, language).getBytes(StandardCharsets.UTF_8));
            assertTrue(report.applied(), report.problems().toString());
            assertEquals(0, report.changed(), language.tag());
            assertEquals(before, fingerprint(content, ""), language.tag());
        }
    }

    @Test
    void aChangedTextRewritesOnlyItsFile() throws Exception {
        String xliff = ContentXliff.export(content, SupportedLanguage.AR)
                .replaceFirst("(<unit id=\"" + SCHOOL + "\">[\\s\\S]*?<target>)[^<]*(</target>)",
                        "$1الدروس من التاسعة حتى الرابعة والنصف.\n\nيطبخ المطعم خضار البستان.$2");
        String othersBefore = fingerprint(content, SCHOOL_AR);

        XliffExchange.ImportReport report = ContentXliff.importInto(content, SupportedLanguage.AR,
                xliff.getBytes(StandardCharsets.UTF_8));

        assertTrue(report.applied(), report.problems().toString());
        assertEquals(1, report.changed());
        assertEquals("الدروس من التاسعة حتى الرابعة والنصف.\n\nيطبخ المطعم خضار البستان.",
                ContentFolderReader.read(content).part(SchoolCatalog.class).schools().stream()
                        .filter(s -> s.getSlug().equals("escola-la-prova"))
                        .findFirst().orElseThrow().textsIn("ar").orElseThrow().get(TextSection.DAILY_LIFE));
        assertEquals(othersBefore, fingerprint(content, SCHOOL_AR));
    }

    @Test
    void aTranslationTheGuardRefusesIsNotImportedAtAll() throws Exception {
        Files.createDirectories(content.resolve("guard"));
        Files.copy(Path.of("content/guard/en.yaml"), content.resolve("guard/en.yaml"));
        String xliff = ContentXliff.export(content, SupportedLanguage.EN)
                .replaceFirst("(<unit id=\"block.welcome.text\">[\\s\\S]*?<target>)[^<]*(</target>)",
                        "$1We are the best school in the city.$2")
                .replaceFirst("(<unit id=\"guide.title\">[\\s\\S]*?<target>)[^<]*(</target>)", "$1Applying for a school$2");
        String before = fingerprint(content, "");

        XliffExchange.ImportReport report = ContentXliff.importInto(content, SupportedLanguage.EN,
                xliff.getBytes(StandardCharsets.UTF_8));

        assertFalse(report.applied());
        assertEquals(1, report.problems().size(), report.problems().toString());
        assertTrue(report.problems().get(0).startsWith("blocks/welcome/en.yaml:"), report.problems().get(0));
        assertEquals(before, fingerprint(content, ""), "neither the refused text nor the accepted guide title was written");
    }

    @Test
    void aNewLanguageFileNeedsEveryTextOfIt() throws Exception {
        String xliff = ContentXliff.export(content, SupportedLanguage.FR);
        String titleOnly = withTarget(xliff, "block.welcome.title", "Bienvenue");
        String both = withTarget(titleOnly, "block.welcome.text", "Nous vous aidons à choisir une école.");

        XliffExchange.ImportReport partial = ContentXliff.importInto(content, SupportedLanguage.FR,
                titleOnly.getBytes(StandardCharsets.UTF_8));

        assertFalse(partial.applied());
        assertTrue(partial.problems().get(0).startsWith("blocks/welcome/fr.yaml: every text of the file needs a translation"),
                partial.problems().toString());
        assertFalse(Files.exists(content.resolve("blocks/welcome/fr.yaml")));
        assertTrue(ContentXliff.importInto(content, SupportedLanguage.FR, both.getBytes(StandardCharsets.UTF_8)).applied());
        assertTrue(Files.readString(content.resolve("blocks/welcome/fr.yaml")).contains("Bienvenue"));
    }

    /** The unit's segment given a target, as a translator's tool writes it. */
    private static String withTarget(String xliff, String unitId, String target) {
        return xliff.replaceFirst("(<unit id=\"" + java.util.regex.Pattern.quote(unitId)
                + "\">[\\s\\S]*?</source>)", "$1\n        <target>" + target + "</target>");
    }

    /** Every file of the folder with its bytes, except the one named. */
    private static String fingerprint(Path folder, String except) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (!name.equals(except)) {
                    digest.update(name.getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
