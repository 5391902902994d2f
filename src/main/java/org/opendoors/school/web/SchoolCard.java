package org.opendoors.school.web;

import java.util.List;

/** A school as the list shows it: what it is, where, for which ages, and its own one-line summary. */
public record SchoolCard(String name, String href, String district, String neighbourhood, List<String> stages,
                         String ownership, String summary, String summaryLang) {

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
}
