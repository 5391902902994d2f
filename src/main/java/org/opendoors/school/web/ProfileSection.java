package org.opendoors.school.web;

import org.opendoors.content.text.TextBlock;

import java.util.List;

/**
 * One section of a school profile: its anchor and heading, the school's own text, and the facts that belong
 * with it (the community's languages beside diversity, the services beside daily life…).
 */
public record ProfileSection(String id, String heading, List<TextBlock> blocks, List<FactGroup> factGroups) {

    /** A titled list of short facts; groups with no facts are left out when the section is built. */
    public record FactGroup(String heading, List<String> facts) {

        public String getHeading() {
            return heading;
        }

        public List<String> getFacts() {
            return facts;
        }
    }

    public String getId() {
        return id;
    }

    public String getHeading() {
        return heading;
    }

    public List<TextBlock> getBlocks() {
        return blocks;
    }

    public List<FactGroup> getFactGroups() {
        return factGroups;
    }
}
