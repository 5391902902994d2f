package org.opendoors.city.domain;

import java.util.ArrayList;
import java.util.List;

/** A district of the city, with its neighbourhoods and its outline for maps. */
public class District {

    private String id;

    private String name;

    private int position;

    /** The GeoJSON geometry (Polygon or MultiPolygon) of the district, as the content folder gives it. */
    private String outline;

    private List<Neighbourhood> neighbourhoods = new ArrayList<>();

    public District(String id, String name, int position, List<Neighbourhood> neighbourhoods, String outline) {
        this.id = id;
        this.name = name;
        this.position = position;
        this.neighbourhoods = new ArrayList<>(neighbourhoods);
        this.outline = outline;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public String getOutline() {
        return outline;
    }

    public List<Neighbourhood> getNeighbourhoods() {
        return List.copyOf(neighbourhoods);
    }

    public List<String> getNeighbourhoodNames() {
        return neighbourhoods.stream().map(Neighbourhood::getName).toList();
    }

    public District withOutline(String geoJson) {
        return new District(id, name, position, neighbourhoods, geoJson);
    }
}
