package org.opendoors.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.testing.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A content file can only name files inside its own folder, and a refusal never shows what another file holds:
 * every way out of the folder a value or a link can take is refused by name, on its field.
 */
class ContentReferencesTest {

    private static final Path GOOD = Path.of("src/test/resources/content/good");
    /** What the secret file outside the folder holds: if any problem quotes it, a file was read and echoed. */
    private static final String MARKER = "OPEN-DOORS-SECRET-7f3c9a";

    @TempDir
    Path root;
    private Path folder;
    private Path secret;

    @BeforeEach
    void aContentFolderBesideASecretFile() throws IOException {
        folder = root.resolve("content");
        Folders.copy(GOOD, folder);
        secret = root.resolve("secret.geojson");
        Files.writeString(secret, MARKER + "\n");
        Path secretFolder = Files.createDirectories(root.resolve("secret-school"));
        Files.writeString(secretFolder.resolve("school.yaml"), MARKER + "\n");
        Files.writeString(secretFolder.resolve("ca.yaml"), MARKER + "\n");
    }

    @Test
    void everyValueThatCouldLeaveTheFolderIsRefusedOnItsFieldWithoutReadingAnything() throws IOException {
        List<String> payloads = new ArrayList<>(List.of(
                secret.toAbsolutePath().toString(),
                "/etc/passwd",
                "/etc/hostname",
                "../secret.geojson",
                "../../../../../../etc/passwd",
                "a/../../secret.geojson",
                "./../secret.geojson",
                "%2e%2e/secret.geojson",
                "..%2Fsecret.geojson",
                "%2fetc%2fpasswd",
                "..\\\\secret.geojson",
                "C:\\\\Windows\\\\win.ini",
                "C:/secret.geojson",
                "\\\\\\\\server\\\\share\\\\x.geojson",
                "file:///etc/passwd",
                "https://example.org/districts.geojson",
                "~/secret.geojson",
                "maps/districts.geojson",
                "./districts.geojson",
                "DISTRICTS.GEOJSON",
                "districts.yaml",
                ".districts.geojson",
                "districts.geojson\\0",
                "..\\0/secret.geojson",
                "districts\\u202Egeojson.txt",
                "districts.geojson\\n../secret.geojson"));
        for (String payload : payloads) {
            // Double-quoted YAML: \\ is a backslash, \0 a NUL, \n a line break, as an attacker would write them.
            String value = "\"" + payload.replace("\"", "\\\"") + "\"";
            for (String field : List.of("district_outlines", "catchment_areas", "street_gazetteer")) {
                Files.copy(GOOD.resolve("city.yaml"), folder.resolve("city.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                replace("city.yaml", field + ": " + (field.equals("district_outlines") ? "districts"
                        : field.equals("catchment_areas") ? "catchments" : "streets")
                        + ".geojson", field + ": " + value);

                List<ContentProblem> problems = problems();

                assertTrue(problems.stream().anyMatch(p -> p.file().equals("city.yaml") && p.field().equals(field)
                                && p.message().contains("is not a file of this content folder")),
                        field + ": " + payload + " → " + problems);
                assertNoEcho(problems, payload);
            }
        }
    }

    @Test
    void aLinkOutOfTheFolderIsRefusedWhereverItIs() throws IOException {
        Files.delete(folder.resolve("districts.geojson"));
        Files.createSymbolicLink(folder.resolve("districts.geojson"), secret);
        Files.delete(folder.resolve("guide/en.yaml"));
        Files.createSymbolicLink(folder.resolve("guide/en.yaml"), secret);
        Files.createSymbolicLink(folder.resolve("schools/escola-de-fora"), root.resolve("secret-school"));
        Path blocks = folder.resolve("blocks");
        Folders.copy(blocks, root.resolve("blocks-elsewhere"));
        Folders.delete(blocks);
        Files.createSymbolicLink(blocks, root.resolve("blocks-elsewhere"));

        List<ContentProblem> problems = problems();

        assertLinkRefused(problems, "districts.geojson");
        assertLinkRefused(problems, "guide/en.yaml");
        assertLinkRefused(problems, "schools/escola-de-fora");
        assertLinkRefused(problems, "blocks");
        assertNoEcho(problems, "");
    }

    @Test
    void aLinkToAFileThatDoesNotExistIsReportedAsSuch() throws IOException {
        Files.delete(folder.resolve("catchments.geojson"));
        Files.createSymbolicLink(folder.resolve("catchments.geojson"), root.resolve("gone.geojson"));

        List<ContentProblem> problems = problems();

        assertTrue(problems.contains(new ContentProblem("catchments.geojson", 0, "", "is a link to a file that does not exist")),
                problems.toString());
    }

    @Test
    void aLinkThatStaysInsideTheFolderIsReadLikeTheFileItNames() throws Exception {
        Files.move(folder.resolve("catchments.geojson"), folder.resolve("areas.geojson"));
        Files.createSymbolicLink(folder.resolve("catchments.geojson"), Path.of("areas.geojson"));

        assertEquals(2, ContentFolderReader.read(folder).part(SchoolCatalog.class).catchmentAreas().size());
    }

    @Test
    void theRefusalOfAFileThatHoldsOneValueNeverQuotesIt() throws IOException {
        Files.writeString(folder.resolve("districts.geojson"), MARKER + "\n");
        Files.writeString(folder.resolve("guide/en.yaml"), "- " + MARKER + "\n");

        List<ContentProblem> problems = problems();

        assertTrue(problems.contains(new ContentProblem("districts.geojson", 1, "",
                "the file must hold fields (name: value), not a single value")), problems.toString());
        assertTrue(problems.contains(new ContentProblem("guide/en.yaml", 1, "",
                "the file must hold fields (name: value), not a list")), problems.toString());
        assertNoEcho(problems, "");
    }

    private static void assertLinkRefused(List<ContentProblem> problems, String file) {
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(file) && p.message().startsWith("is a link that leads outside")),
                file + ": " + problems);
    }

    private static void assertNoEcho(List<ContentProblem> problems, String payload) {
        for (ContentProblem problem : problems) {
            assertFalse(problem.toString().contains(MARKER), payload + " → the secret is echoed: " + problem);
            assertFalse(problem.toString().contains("root:"), payload + " → /etc/passwd is echoed: " + problem);
            assertTrue(problem.message().chars().noneMatch(c -> c < 0x20 || c == 0x202E), payload + " → " + problem);
        }
    }

    private List<ContentProblem> problems() {
        return assertThrows(ContentRejectedException.class, () -> ContentFolderReader.read(folder)).problems();
    }

    private void replace(String file, String from, String to) throws IOException {
        String text = Files.readString(folder.resolve(file));
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(folder.resolve(file), text.replace(from, to));
    }
}
