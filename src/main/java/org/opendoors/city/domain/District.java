package org.opendoors.city.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A district of the city, with its neighbourhoods and its outline for maps. */
@Entity
@Table(name = "district")
public class District {

    @Id
    @Column(name = "id", length = 60)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "position", nullable = false)
    private int position;

    /** The GeoJSON geometry (Polygon or MultiPolygon) of the district, as the content folder gives it. */
    @Column(name = "outline", nullable = false, length = 200000)
    private String outline;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "district_neighbourhood", joinColumns = @JoinColumn(name = "district_id"))
    @OrderColumn(name = "position")
    private List<Neighbourhood> neighbourhoods = new ArrayList<>();

    protected District() {
    }

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
