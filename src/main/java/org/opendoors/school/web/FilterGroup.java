package org.opendoors.school.web;

import java.util.List;

/** A filter of the school finder: its URL parameter, its legend and its options. */
public record FilterGroup(String parameter, String legend, List<FilterOption> options) {

    public String getParameter() {
        return parameter;
    }

    public String getLegend() {
        return legend;
    }

    public List<FilterOption> getOptions() {
        return options;
    }

    public boolean isActive() {
        return options.stream().anyMatch(FilterOption::checked);
    }
}
