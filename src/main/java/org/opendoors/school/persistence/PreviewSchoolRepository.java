package org.opendoors.school.persistence;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.opendoors.editorial.service.FamilyPreview;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolRepository;

import java.util.List;
import java.util.Optional;

/** During a back-office preview, schools come from the unpublished city instead of the database. */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class PreviewSchoolRepository implements SchoolRepository {

    @Inject
    @Delegate
    private SchoolRepository published;

    @Override
    public List<School> all() {
        return FamilyPreview.current().map(city -> city.schools()).orElseGet(published::all);
    }

    @Override
    public Optional<School> bySlug(String slug) {
        return FamilyPreview.current()
                .map(city -> city.schools().stream().filter(school -> school.getSlug().equals(slug)).findFirst())
                .orElseGet(() -> published.bySlug(slug));
    }
}
