package org.opendoors.content.archive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opendoors.content.archive.ArchiveFixtures.smallCity;

/** Runs alone: it changes the JVM's default time zone, which every other test class would see. */
@Isolated
class ContentArchiveTimeZoneTest {

    private static final String LA_PROVA_CA = "schools/escola-la-prova/ca.yaml";

    private final ContentArchive archive = new ContentArchive();
    private final Map<String, String> city = smallCity();

    @Test
    void exportingTwiceGivesTheSameBytesSortedUnderContentWhateverTheServersTimeZone() throws IOException {
        Map<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.putAll(city);
        byte[] first = archive.zip(city);
        TimeZone zone = TimeZone.getDefault();
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second = archive.zip(reversed);
        } finally {
            TimeZone.setDefault(zone);
        }

        assertArrayEquals(first, second);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
                if (entry.getName().equals("content/" + LA_PROVA_CA)) {
                    assertEquals(city.get(LA_PROVA_CA), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertEquals(city.keySet().stream().map(path -> "content/" + path).toList(), names);
    }
}
