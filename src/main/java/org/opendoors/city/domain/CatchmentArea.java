package org.opendoors.city.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.util.HashSet;
import java.util.Set;

/**
 * A proximity (catchment) area: an address inside it gets admission points for each of its schools. Families
 * see these as "your proximity schools", which are usually several.
 */
@Entity
@Table(name = "catchment_area")
public class CatchmentArea {

    @Id
    @Column(name = "id", length = 60)
    private String id;

    @Column(name = "outline", nullable = false, length = 200000)
    private String outline;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "catchment_area_school", joinColumns = @JoinColumn(name = "area_id"))
    @Column(name = "school_slug", length = 100)
    private Set<String> schoolSlugs = new HashSet<>();

    @Transient
    private GeoArea area;

    protected CatchmentArea() {
    }

    public CatchmentArea(String id, String outline, Set<String> schoolSlugs) {
        this.id = id;
        this.outline = outline;
        this.schoolSlugs = new HashSet<>(schoolSlugs);
    }

    public String getId() {
        return id;
    }

    public String getOutline() {
        return outline;
    }

    public Set<String> getSchoolSlugs() {
        return Set.copyOf(schoolSlugs);
    }

    public boolean contains(double latitude, double longitude) {
        if (area == null) {
            area = GeoArea.fromGeoJson(outline);
        }
        return area.contains(latitude, longitude);
    }
}
