package org.opendoors.content.archive;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentLayoutTest {

    private final ContentLayout layout = ContentLayout.of("""
            name: Provatown
            district_outlines: districts.geojson
            catchment_areas: ../catchments.geojson
            """);

    @Test
    void theFilesOfTheReadmeBelong() {
        for (String path : new String[]{"city.yaml", "README.md", "districts.geojson", "guide/ca.yaml", "guard/ru.yaml",
                "blocks/welcome/block.yaml", "blocks/welcome/ar.yaml", "schools/escola-x/school.yaml",
                "schools/escola-x/zh.yaml"}) {
            assertTrue(layout.contains(path), path);
        }
    }

    @Test
    void aWronglyNamedFileInItsPlaceBelongsSoThatTheReaderExplainsTheName() {
        assertTrue(layout.contains("schools/escola-x/de.yaml"));
        assertTrue(layout.contains("schools/Escola X/ca.yaml"));
        assertTrue(layout.contains("guide/catalan.yaml"));
    }

    @Test
    void otherFilesDoNot() {
        for (String path : new String[]{"notes.txt", "school.yaml", "schools/list.yaml", "schools/escola-x/photo.jpg",
                "schools/escola-x/ca.yml", "schools/escola-x/._ca.yaml", "schools/escola-x/old/ca.yaml",
                "blocks/welcome.yaml", "guide/ca/intro.yaml", "catchments.geojson", "../catchments.geojson",
                "readme.md", "content/city.yaml"}) {
            assertFalse(layout.contains(path), path);
        }
    }

    @Test
    void withoutAReadableCityFileEveryTopGeoJsonFileBelongs() {
        ContentLayout broken = ContentLayout.of("name: [Provatown");
        assertTrue(broken.contains("districts.geojson"));
        assertTrue(broken.contains("catchments.geojson"));
        assertFalse(broken.contains("maps/old.geojson"));
        assertTrue(ContentLayout.of(null).contains("districts.geojson"));
        assertTrue(ContentLayout.of("- a list, not fields").contains("districts.geojson"));
    }
}
