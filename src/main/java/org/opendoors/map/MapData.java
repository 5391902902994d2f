package org.opendoors.map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.GeoPoint;

import java.io.StringReader;
import java.util.List;

/** What a map draws, as the JSON the page hands to its script: district outlines, school points, the family's place. */
public final class MapData {

    /*
     * Json.createXxx() looks the provider up through the class path on every call (most of a map's cost); one
     * provider serves every page. An outline is the same text on every page that draws it, so it is parsed once.
     */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final Cache<String, JsonObject> OUTLINES = Caffeine.newBuilder().maximumSize(1_000).build();

    private final JsonArrayBuilder districts = JSON.createArrayBuilder();
    private final JsonArrayBuilder schools = JSON.createArrayBuilder();
    private GeoPoint place;

    public MapData districts(List<District> outlined) {
        for (District district : outlined) {
            districts.add(JSON.createObjectBuilder()
                    .add("name", district.getName())
                    .add("outline", OUTLINES.get(district.getOutline(),
                            outline -> JSON.createReader(new StringReader(outline)).readObject())));
        }
        return this;
    }

    public MapData school(String name, String href, GeoPoint point, boolean proximity) {
        JsonObjectBuilder school = JSON.createObjectBuilder().add("name", name)
                .add("lat", point.getLatitude()).add("lon", point.getLongitude()).add("proximity", proximity);
        if (href != null) {
            school.add("href", href);
        }
        schools.add(school);
        return this;
    }

    public MapData place(GeoPoint point) {
        this.place = point;
        return this;
    }

    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("districts", districts).add("schools", schools);
        if (place != null) {
            json.add("place", JSON.createObjectBuilder().add("lat", place.getLatitude()).add("lon", place.getLongitude()));
        }
        return json.build().toString();
    }
}
