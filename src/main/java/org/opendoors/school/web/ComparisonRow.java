package org.opendoors.school.web;

import java.util.List;

/** One facet across the compared schools: its name, and per school the values (never a score). */
public record ComparisonRow(String facet, List<List<String>> cells) {

    public String getFacet() {
        return facet;
    }

    public List<List<String>> getCells() {
        return cells;
    }
}
