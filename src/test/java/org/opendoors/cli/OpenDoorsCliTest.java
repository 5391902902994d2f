package org.opendoors.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.testing.Folders;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenDoorsCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    @Test
    void aGoodContentFolderPrintsNothingAndExitsZero() {
        assertEquals(0, run("check-content", "src/test/resources/content/good"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void eachFindingIsOneJsonObjectAndTheExitIsOne() throws IOException {
        Folders.copy(Path.of("src/test/resources/content/good"), folder);
        Path texts = folder.resolve("schools/escola-la-prova/ca.yaml");
        Files.writeString(texts, Files.readString(texts).replace("Una escola de prova amb hort.",
                "La millor escola de la ciutat."));
        Files.createDirectories(folder.resolve("guard"));
        Files.writeString(folder.resolve("guard/ca.yaml"), """
                cues:
                  superlative: [millor]
                  school: [escola]
                categories:
                  ranking:
                    when: [superlative + school]
                    reason: The portal never ranks schools.
                    suggestion: Say what this school does well in its own terms.
                """);

        assertEquals(1, run("check-content", folder.toString()));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        String json = lines.get(0);
        assertTrue(json.startsWith("{\"severity\":\"error\",\"file\":\"schools/escola-la-prova/ca.yaml\",\"line\":1,"
                + "\"field\":\"summary\",\"language\":\"ca\",\"rule\":\"ranking: superlative + school\","
                + "\"phrase\":\"millor escola\""), json);
        assertTrue(json.contains("\"message\":\"\\\"millor escola\\\" (ranking): The portal never ranks schools"), json);
    }

    @Test
    void guardEvalPrintsRecallAndFalseRefusalsAndExitsOneWhenATargetIsMissed() throws IOException {
        Path sentences = folder.resolve("mine.tsv");
        Files.writeString(sentences, "en\tblock\tranking\tWe are the best school in the city.\n"
                + "en\tallow\tnone\tThe library is on the top floor.\n");
        assertEquals(0, run("guard-eval", sentences.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("| en | 100.0 % (1/1) | 0.0 % (0/1) |"),
                out.toString(StandardCharsets.UTF_8));

        out.reset();
        Files.writeString(sentences, "en\tblock\tcomposition\tOur garden grows tomatoes.\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, run("guard-eval", sentences.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("missed en composition (line 3): Our garden grows tomatoes."),
                out.toString(StandardCharsets.UTF_8));

        Files.writeString(sentences, "en\tperhaps\tnone\tHello.\n");
        assertEquals(2, run("guard-eval", sentences.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("line 1: the second field is block or allow"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkContentRefusesAReferenceOutOfTheFolderOnItsFieldWithoutReadingIt() throws IOException {
        Path content = folder.resolve("content");
        Folders.copy(Path.of("src/test/resources/content/good"), content);
        Path secret = folder.resolve("secret.geojson");
        Files.writeString(secret, "OPEN-DOORS-SECRET-CLI\n");
        Path city = content.resolve("city.yaml");
        Files.writeString(city, Files.readString(city)
                .replace("district_outlines: districts.geojson", "district_outlines: ../secret.geojson")
                .replace("catchment_areas: catchments.geojson", "catchment_areas: " + secret.toAbsolutePath()));

        assertEquals(1, run("check-content", content.toString()));
        String json = out.toString(StandardCharsets.UTF_8);
        assertTrue(json.contains("\"file\":\"city.yaml\",\"line\":5,\"field\":\"district_outlines\""), json);
        assertTrue(json.contains("\"field\":\"catchment_areas\""), json);
        assertTrue(json.contains("'../secret.geojson' is not a file of this content folder: '..' leaves the folder"), json);
        assertTrue(!json.contains("OPEN-DOORS-SECRET-CLI"), json);
    }

    @Test
    void importXliffRefusesAFileOverTheLimitBeforeReadingIt() throws IOException {
        Path xliff = folder.resolve("huge.xlf");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(xliff.toFile(), "rw")) {
            file.setLength(11L * 1024 * 1024);
        }
        Folders.copy(Path.of("i18n"), folder.resolve("i18n"));

        assertEquals(2, run("import-xliff", folder.resolve("i18n").toString(), "fr", xliff.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("the file is larger than 10 MB"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkI18nFailsOnErrorsAndPassesOnTheRealBundles() {
        assertEquals(1, run("check-i18n", "src/test/resources/i18n-faulty"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"check\":\"plural-categories\""));
        out.reset();
        assertEquals(0, run("check-i18n", "i18n"));
    }

    @Test
    void anUnknownCommandExplainsTheUsage() {
        assertEquals(2, run("check-everything"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    }

    private int run(String... args) {
        return OpenDoorsCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}
