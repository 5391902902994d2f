package org.opendoors.city.content;

import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentKinds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The city's files as the back office edits them: {@code city.yaml} and its GeoJSON outlines. */
public final class CityFileKinds implements DocumentKinds {

    public static final DocumentKind CITY = new DocumentKind("CITY", "City settings", false, "4 City",
            "city\\.yaml", "city");
    /** The same names the content reader accepts for map files ({@code FileReference}). */
    public static final DocumentKind OUTLINES = new DocumentKind("OUTLINES", "Map outlines", false, "4 City",
            "[a-z0-9][a-z0-9_-]{0,99}\\.geojson", "city");

    @Override
    public List<DocumentKind> kinds() {
        return List.of(CITY, OUTLINES);
    }

    @Override
    public Optional<String> titleOf(String item, Map<String, String> headFiles) {
        return item.equals("city") ? Optional.of("City settings, calendar and map outlines") : Optional.empty();
    }
}
