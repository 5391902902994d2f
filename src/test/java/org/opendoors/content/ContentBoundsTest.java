package org.opendoors.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.testing.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A content folder made to exhaust memory or time is refused quickly, with the file, the line and the reason. */
class ContentBoundsTest {

    private static final Path GOOD = Path.of("src/test/resources/content/good");
    /** Catches a blow-up, not slowness: each read here takes under a second, even beside other test classes. */
    private static final Duration FAST = Duration.ofSeconds(15);

    @TempDir
    Path folder;

    @BeforeEach
    void copyGood() throws IOException {
        Folders.copy(GOOD, folder);
    }

    @Test
    void anAliasBombInCityYamlIsRefusedAtItsFirstAnchor() throws IOException {
        String city = Files.readString(folder.resolve("city.yaml"));
        Files.writeString(folder.resolve("city.yaml"), city.replace("name: Provatown\n",
                "name: Provatown\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n"
                        + "x1: &x1 [*x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0, *x0]\n"
                        + "x2: &x2 [*x1, *x1, *x1, *x1, *x1, *x1, *x1, *x1, *x1, *x1]\n"));

        List<ContentProblem> problems = problems();

        assertEquals(List.of(new ContentProblem("city.yaml", 2, "",
                "uses a YAML anchor (&name); content files need none: write the value out")), problems);
    }

    @Test
    void aGeoJsonWithAliasesIsRefusedBeforeItsPositionsAreExpanded() throws IOException {
        StringBuilder geoJson = new StringBuilder("{\"type\": \"FeatureCollection\", \"p\": &p [2.0, 41.0],\n");
        geoJson.append("\"r\": &r [*p, *p, *p, *p, *p, *p, *p, *p],\n");
        for (int level = 0; level < 12; level++) {
            geoJson.append("\"r").append(level).append("\": &r").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(8, level == 0 ? "*r" : "*r" + (level - 1))))
                    .append("],\n");
        }
        geoJson.append("\"features\": []}\n");
        Files.writeString(folder.resolve("districts.geojson"), geoJson.toString());

        List<ContentProblem> problems = problems();

        assertTrue(problems.contains(new ContentProblem("districts.geojson", 1, "",
                "uses a YAML anchor (&name); content files need none: write the value out")), problems.toString());
    }

    @Test
    void aGeoJsonWithTooManyPositionsIsRefusedWithTheLimit() throws IOException {
        StringBuilder ring = new StringBuilder("[2.0, 41.0]");
        for (int i = 1; i < 60_000; i++) {
            ring.append(", [").append(2.0 + (i % 1000) / 10_000.0).append(", 41.0]");
        }
        ring.append(", [2.0, 41.0]");
        Files.writeString(folder.resolve("districts.geojson"), """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"district": "centre"},
                   "geometry": {"type": "Polygon", "coordinates": [[%s]]}}]}
                """.formatted(ring));

        List<ContentProblem> problems = problems();

        assertTrue(problems.stream().anyMatch(p -> p.file().equals("districts.geojson") && p.field().equals("features[1].geometry.coordinates")
                && p.message().endsWith("the file holds more than 50,000 positions; simplify the outlines (a district needs a few hundred)")),
                problems.toString());
    }

    @Test
    void aGeoJsonWithTooManyValuesOrCharactersIsRefusedBeforeItIsBuilt() throws IOException {
        Files.writeString(folder.resolve("districts.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [],"
                + " \"bbox\": [" + "0,".repeat(250_000) + "0]}\n");
        assertTrue(problems().contains(new ContentProblem("districts.geojson", 1, "",
                "holds more than 200,000 values, the limit for a file of this kind; split it or make it smaller")));

        Files.writeString(folder.resolve("districts.geojson"), "{\"type\": \"FeatureCollection\", \"name\": \""
                + "x".repeat(4_000_001) + "\", \"features\": []}\n");
        assertTrue(problems().contains(new ContentProblem("districts.geojson", 0, "",
                "is larger than 4,000,000 characters, the limit for a file of this kind; split it or make it smaller")));

        // Bigger than any text of the limit can be in UTF-8: refused by its size, without being read.
        Files.write(folder.resolve("districts.geojson"), new byte[12_000_001]);
        assertTrue(problems().contains(new ContentProblem("districts.geojson", 0, "",
                "is larger than 4,000,000 characters, the limit for a file of this kind; split it or make it smaller")));
    }

    @Test
    void aFileWithThousandsOfMistakesListsTheFirstHundred() throws IOException {
        StringBuilder facts = new StringBuilder(Files.readString(folder.resolve("schools/escola-la-prova/school.yaml")));
        for (int i = 0; i < 5_000; i++) {
            facts.append("unknown_").append(i).append(": 1\n");
        }
        Files.writeString(folder.resolve("schools/escola-la-prova/school.yaml"), facts.toString());

        List<ContentProblem> problems = problems().stream()
                .filter(p -> p.file().equals("schools/escola-la-prova/school.yaml")).toList();

        assertEquals(101, problems.size());
        assertEquals("4,900 more problems in this file are not listed; fix the ones above first",
                problems.get(100).message());
    }

    private List<ContentProblem> problems() {
        return assertTimeoutPreemptively(FAST, () ->
                assertThrows(ContentRejectedException.class, () -> ContentFolderReader.read(folder)).problems());
    }
}
