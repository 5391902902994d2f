package org.opendoors.school.domain;

import org.opendoors.city.domain.GeoArea;

import java.util.HashSet;
import java.util.Set;

/**
 * A proximity (catchment) area: an address inside it gets admission points for each of its schools. Families
 * see these as "your proximity schools", which are usually several.
 */
public class CatchmentArea {

    private String id;

    private String outline;

    private Set<String> schoolSlugs = new HashSet<>();

    private GeoArea area;

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
