package org.opendoors.guide.domain;

import java.util.List;
import java.util.Optional;

/**
 * The application guide in every language it is written in, and the city's video guide when it has one: the guide's
 * part of a content folder.
 */
public record GuideEditions(List<Guide> editions, Optional<GuideVideo> video) {

    public GuideEditions {
        editions = List.copyOf(editions);
    }

    public GuideEditions(List<Guide> editions) {
        this(editions, Optional.empty());
    }
}
