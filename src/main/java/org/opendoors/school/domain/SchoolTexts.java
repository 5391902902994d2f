package org.opendoors.school.domain;

import java.util.Map;
import java.util.Objects;

/**
 * A school's texts in one language. Plain text: paragraphs separated by blank lines, list lines start with "- ";
 * the easy-read summary, when there is one, one short sentence per line.
 */
public class SchoolTexts {

    private String summary;
    private String pedagogicalProject;
    private String diversityInclusion;
    private String dailyLife;
    private String costsAid;
    private String easyRead;

    public SchoolTexts(Map<TextSection, String> sections) {
        this.summary = sections.get(TextSection.SUMMARY);
        this.pedagogicalProject = sections.get(TextSection.PEDAGOGICAL_PROJECT);
        this.diversityInclusion = sections.get(TextSection.DIVERSITY_INCLUSION);
        this.dailyLife = sections.get(TextSection.DAILY_LIFE);
        this.costsAid = sections.get(TextSection.COSTS_AID);
        this.easyRead = sections.get(TextSection.EASY_READ);
    }

    public String get(TextSection section) {
        return switch (section) {
            case SUMMARY -> summary;
            case PEDAGOGICAL_PROJECT -> pedagogicalProject;
            case DIVERSITY_INCLUSION -> diversityInclusion;
            case DAILY_LIFE -> dailyLife;
            case COSTS_AID -> costsAid;
            case EASY_READ -> easyRead;
        };
    }

    public boolean has(TextSection section) {
        String text = get(section);
        return text != null && !text.isBlank();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchoolTexts that && Objects.equals(summary, that.summary)
                && Objects.equals(pedagogicalProject, that.pedagogicalProject)
                && Objects.equals(diversityInclusion, that.diversityInclusion)
                && Objects.equals(dailyLife, that.dailyLife) && Objects.equals(costsAid, that.costsAid)
                && Objects.equals(easyRead, that.easyRead);
    }

    @Override
    public int hashCode() {
        return Objects.hash(summary, pedagogicalProject, diversityInclusion, dailyLife, costsAid, easyRead);
    }
}
