package org.opendoors.portal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.platform.startup.BadConfiguration;
import org.opendoors.testing.Folders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortalStartupTest {

    private static final Path GOOD = Path.of("src/test/resources/content/good");

    @TempDir
    Path temporary;

    @Test
    void aFirstStartReadsTheWholeContentFolder() {
        assertEquals("Provatown", PortalStartup.readCity(GOOD).part(CityDescription.class).city().getName());
    }

    @Test
    void aMissingContentFolderStopsTheStartNamingTheVariable() throws IOException {
        Path file = Files.writeString(temporary.resolve("content"), "not a folder");
        for (Path missing : new Path[]{temporary.resolve("nothing-here"), file}) {
            BadConfiguration refused = assertThrows(BadConfiguration.class, () -> PortalStartup.readCity(missing));
            assertEquals(PortalStartup.CONTENT_DIR, refused.variable());
            assertTrue(refused.getMessage().startsWith("There is no content folder at " + missing.toAbsolutePath()),
                    refused.getMessage());
        }
    }

    @Test
    void aBrokenContentFolderStopsTheStartWithHowManyProblems() throws IOException {
        Path broken = temporary.resolve("broken");
        Folders.copy(GOOD, broken);
        Files.writeString(broken.resolve("city.yaml"), "name: [Provatown\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        BadConfiguration refused = assertThrows(BadConfiguration.class, () -> PortalStartup.readCity(broken));
        assertEquals(PortalStartup.CONTENT_DIR, refused.variable());
        assertTrue(refused.getMessage().contains("was refused with 1 problem(s), listed above; nothing was imported"),
                refused.getMessage());
    }
}
