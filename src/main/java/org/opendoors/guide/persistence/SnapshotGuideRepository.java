package org.opendoors.guide.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.guide.domain.Guide;
import org.opendoors.guide.domain.GuideEditions;
import org.opendoors.guide.domain.GuideRepository;
import org.opendoors.guide.domain.GuideVideo;

import java.util.Optional;

/** The guide from the snapshot this request renders (published or preview), never from the database. */
@ApplicationScoped
public class SnapshotGuideRepository implements GuideRepository {

    @Inject
    private PublishedCity publishedCity;

    @Override
    public Optional<Guide> inLanguage(String language) {
        return publishedCity.rendered().part(GuideEditions.class).editions().stream()
                .filter(page -> page.getLanguage().equals(language))
                .findFirst();
    }

    @Override
    public Optional<GuideVideo> video() {
        return publishedCity.rendered().part(GuideEditions.class).video();
    }
}
