package org.opendoors.guide.persistence;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.opendoors.editorial.service.FamilyPreview;
import org.opendoors.guide.domain.GuidePage;
import org.opendoors.guide.domain.GuideRepository;

import java.util.Optional;

/** During a back-office preview, the guide comes from its unpublished files instead of the database. */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class PreviewGuideRepository implements GuideRepository {

    @Inject
    @Delegate
    private GuideRepository published;

    @Override
    public Optional<GuidePage> inLanguage(String language) {
        return FamilyPreview.current()
                .map(content -> content.guide().stream().filter(page -> page.getLanguage().equals(language)).findFirst())
                .orElseGet(() -> published.inLanguage(language));
    }
}
