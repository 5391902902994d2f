package org.opendoors.guide.domain;

import java.util.Optional;

public interface GuideRepository {

    Optional<GuidePage> inLanguage(String language);
}
