package org.opendoors.school.web;

import org.opendoors.city.domain.GeoPoint;

import java.util.List;

/**
 * A school as the list shows it: what it is, where, for which ages, its own one-line summary, and — when the
 * family gave a place — how far it is and whether it is one of the family's proximity schools.
 */
public record SchoolCard(String slug, String name, String href, String district, String neighbourhood,
                         List<String> stages, String ownership, String summary, String summaryLang,
                         String distance, boolean proximity, GeoPoint location, boolean summaryFallback) {

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getHref() {
        return href;
    }

    public String getDistrict() {
        return district;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public List<String> getStages() {
        return stages;
    }

    public String getOwnership() {
        return ownership;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryLang() {
        return summaryLang;
    }

    /** "1,2 km · about 20 min on foot", or null when the family gave no place. */
    public String getDistance() {
        return distance;
    }

    /** The summary is in the city's language because the family's translation is missing. */
    public boolean isSummaryFallback() {
        return summaryFallback;
    }

    public boolean isProximity() {
        return proximity;
    }
}
