package org.opendoors.map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.opendoors.city.domain.District;
import org.opendoors.school.domain.GeoPoint;

import java.io.StringReader;
import java.util.List;

/** What a map draws, as the JSON the page hands to its script: district outlines, school points, the family's place. */
public final class MapData {

    private final JsonArrayBuilder districts = Json.createArrayBuilder();
    private final JsonArrayBuilder schools = Json.createArrayBuilder();
    private GeoPoint place;

    public MapData districts(List<District> outlined) {
        for (District district : outlined) {
            districts.add(Json.createObjectBuilder()
                    .add("name", district.getName())
                    .add("outline", Json.createReader(new StringReader(district.getOutline())).readObject()));
        }
        return this;
    }

    public MapData school(String name, String href, GeoPoint point, boolean proximity) {
        JsonObjectBuilder school = Json.createObjectBuilder().add("name", name)
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
        JsonObjectBuilder json = Json.createObjectBuilder().add("districts", districts).add("schools", schools);
        if (place != null) {
            json.add("place", Json.createObjectBuilder().add("lat", place.getLatitude()).add("lon", place.getLongitude()));
        }
        return json.build().toString();
    }
}
