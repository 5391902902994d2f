package org.opendoors.school.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.school.domain.SchoolRepository;

import java.util.List;
import java.util.Optional;

/** Schools from the snapshot this request renders (published or preview), never from the database. */
@ApplicationScoped
public class SnapshotSchoolRepository implements SchoolRepository {

    @Inject
    private PublishedCity publishedCity;

    @Override
    public List<School> all() {
        return publishedCity.rendered().part(SchoolCatalog.class).schools();
    }

    @Override
    public Optional<School> bySlug(String slug) {
        return all().stream().filter(school -> school.getSlug().equals(slug)).findFirst();
    }
}
