package org.opendoors.guide.domain;

import java.util.Optional;

public interface GuideRepository {

    Optional<Guide> inLanguage(String language);

    /** The city's video guide, when it has one. */
    Optional<GuideVideo> video();
}
