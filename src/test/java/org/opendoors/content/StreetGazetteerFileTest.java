package org.opendoors.content;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.city.domain.AddressMatch;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.testing.Folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The street gazetteer a city ships: read into addresses families can type, and every mistake named on its line. */
class StreetGazetteerFileTest {

    private static final Path GOOD = Path.of("src/test/resources/content/good");

    @TempDir
    Path root;
    private Path folder;

    @BeforeEach
    void aGoodContentFolder() throws IOException {
        folder = root.resolve("content");
        Folders.copy(GOOD, folder);
    }

    @Test
    void aTypedAddressIsFoundAndAStreetInTwoPostcodesAsksWhichOne() throws Exception {
        CityDescription city = ContentFolderReader.read(folder).part(CityDescription.class);
        AddressMatch major = city.streets().find("major 50 08001");
        assertEquals("Carrer Major 50, 08001", major.found().orElseThrow().label());
        assertEquals(41.04, major.found().orElseThrow().point().getLatitude(), 0.001);
        assertEquals(List.of("Carrer Major, 08001", "Carrer Major, 08002"), city.streets().find("carrer major 20").choices());
        assertEquals("Carrer Major 70, 08001", city.streets().find("carrer major 70").found().orElseThrow().label());
        assertEquals("Plaça de les Vinyes, 08002", city.streets().find("placa vinyes").found().orElseThrow().label());
        assertEquals("08002", city.streets().find("08002").found().orElseThrow().label());
        assertTrue(city.streets().find("Carrer de la Lluna 4").found().isEmpty());
    }

    @Test
    void everyMistakeInTheFileIsNamedAndNothingIsRead() throws IOException {
        Files.writeString(folder.resolve("streets.geojson"), """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"street": "Carrer Major", "from": 1, "to": 9},
                  "geometry": {"type": "LineString", "coordinates": [[2.03, 41.03]]}},
                 {"type": "Feature", "properties": {"street": "Carrer Nou", "postcode": "08001"},
                  "geometry": {"type": "Point", "coordinates": [2.03, 41.03]}},
                 {"type": "Feature", "properties": {"street": "Carrer Lluny", "from": 1, "to": 9},
                  "geometry": {"type": "LineString", "coordinates": [[2.03, 41.03], [3.5, 42.0]]}},
                 {"type": "Feature", "properties": {"street": "Carrer Ample", "colour": "red"},
                  "geometry": {"type": "Polygon", "coordinates": []}},
                 {"type": "Feature", "properties": {"street": "Carrer Alt", "postcode": "<b>x</b>"},
                  "geometry": {"type": "Point", "coordinates": [2.03, 41.03]}}
                ]}
                """);
        List<ContentProblem> problems = assertThrows(ContentRejectedException.class,
                () -> ContentFolderReader.read(folder)).problems();
        String all = problems.toString();
        assertTrue(problems.stream().allMatch(p -> p.file().equals("streets.geojson")), all);
        assertTrue(all.contains("a street needs at least 2 positions"), all);
        assertTrue(problems.stream().anyMatch(p -> p.line() == 4 && p.field().endsWith("properties.number")), all);
        assertTrue(all.contains("'Carrer Lluny' has a point outside every district outline"), all);
        assertTrue(all.contains("colour") && all.contains("is not a street; use LineString or Point"), all);
        assertTrue(all.contains("is not a postcode"), all);
    }
}
