package org.opendoors.guide.domain;

import java.util.List;

/** The application guide in every language it is written in: the guide's part of a content folder. */
public record GuideEditions(List<Guide> editions) {

    public GuideEditions {
        editions = List.copyOf(editions);
    }
}
