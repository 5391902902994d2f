package org.opendoors.city.domain;

import java.util.Optional;

/** A neighbourhood a family can say it lives in; its point is where distances to schools are measured from. */
public class Neighbourhood {

    private String name;

    /** Null only for neighbourhoods stored before locations were part of the content (schema version 1). */
    private Double latitude;

    private Double longitude;

    public Neighbourhood(String name, double latitude, double longitude) {
        this.name = name;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String getName() {
        return name;
    }

    public Optional<double[]> location() {
        return latitude == null || longitude == null ? Optional.empty() : Optional.of(new double[]{latitude, longitude});
    }
}
