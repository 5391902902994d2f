package org.opendoors.translation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.testing.Folders;
import org.opendoors.translation.service.ContentXliff;
import org.opendoors.translation.service.XliffExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An XLIFF file from outside can neither read a file of the server, nor reach the network, nor expand into
 * gigabytes: a DOCTYPE is refused as the parser meets it, and a file over the limit before it is parsed.
 */
class XliffBoundsTest {

    private static final String MARKER = "OPEN-DOORS-SECRET-XLIFF-51d2";
    private static final String UNIT = """
            <file id="messages" original="i18n/messages.properties">
              <unit id="home.title"><segment state="translated"><source>Home</source><target>%s</target></segment></unit>
            </file>
            """;

    @TempDir
    Path root;
    private Path i18n;
    private Path content;
    private Path secret;

    @BeforeEach
    void foldersAndASecret() throws IOException {
        i18n = root.resolve("i18n");
        Folders.copy(Path.of("i18n"), i18n);
        content = root.resolve("content");
        Folders.copy(Path.of("src/test/resources/content/good"), content);
        secret = root.resolve("secret.txt");
        Files.writeString(secret, MARKER);
    }

    @Test
    void externalEntitiesEntityExpansionAndExternalDtdsAreRefusedAndNothingChanges() throws Exception {
        List<String> hostile = List.of(
                xliff("<!DOCTYPE xliff [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>", "&secret;"),
                xliff("<!DOCTYPE xliff [<!ENTITY % remote SYSTEM \"" + secret.toUri() + "\"> %remote;]>", "x"),
                xliff("<!DOCTYPE xliff SYSTEM \"http://127.0.0.1:9/evil.dtd\">", "x"),
                xliff(billionLaughsDoctype(), "&lol9;"));
        Map<String, String> i18nBefore = filesOf(i18n);
        Map<String, String> contentBefore = filesOf(content);
        for (String xliff : hostile) {
            byte[] bytes = xliff.getBytes(StandardCharsets.UTF_8);
            XliffExchange.ImportReport ui = fast(() -> XliffExchange.importInto(i18n, SupportedLanguage.FR, bytes));
            XliffExchange.ImportReport texts = fast(() -> ContentXliff.importInto(content, SupportedLanguage.FR, bytes));

            for (XliffExchange.ImportReport report : List.of(ui, texts)) {
                assertFalse(report.applied(), xliff);
                assertEquals(1, report.problems().size(), report.problems().toString());
                assertTrue(report.problems().get(0).startsWith("not well-formed XML (line 2): DOCTYPE is disallowed"),
                        report.problems().toString());
                assertFalse(report.problems().toString().contains(MARKER), report.problems().toString());
            }
        }
        assertEquals(i18nBefore, filesOf(i18n));
        assertEquals(contentBefore, filesOf(content));
    }

    @Test
    void xincludeIsNotFollowed() throws Exception {
        String xliff = xliff("", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + secret.toUri()
                + "\" parse=\"text\"/>");

        XliffExchange.ImportReport report = XliffExchange.importInto(i18n, SupportedLanguage.FR,
                xliff.getBytes(StandardCharsets.UTF_8));

        assertFalse(report.applied(), report.toString());
        assertFalse(report.toString().contains(MARKER), report.toString());
        assertFalse(filesOf(i18n).values().stream().anyMatch(text -> text.contains(MARKER)));
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeItIsParsed() throws Exception {
        String padding = "<!--" + "x".repeat(XliffExchange.MAX_BYTES) + "-->";
        byte[] big = xliff("", "Accueil").replace("<xliff ", padding + "<xliff ").getBytes(StandardCharsets.UTF_8);

        XliffExchange.ImportReport report = fast(() -> XliffExchange.importInto(i18n, SupportedLanguage.FR, big));

        assertEquals(List.of("the file is larger than 10 MB; an XLIFF file of one language is much smaller"), report.problems());
    }

    private static String xliff(String doctype, String target) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"fr\">\n"
                + UNIT.formatted(target) + "</xliff>\n";
    }

    private static String billionLaughsDoctype() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE xliff [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            doctype.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return doctype.append("]>").toString();
    }

    /** Catches an entity expansion that runs away, not slowness: a refusal takes well under a second. */
    private static <T> T fast(org.junit.jupiter.api.function.ThrowingSupplier<T> work) {
        return assertTimeoutPreemptively(Duration.ofSeconds(15), work);
    }

    private static Map<String, String> filesOf(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
