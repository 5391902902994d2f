package org.opendoors.targeting.persistence;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.opendoors.editorial.service.FamilyPreview;
import org.opendoors.targeting.domain.ContentBlock;
import org.opendoors.targeting.domain.ContentBlockRepository;

import java.util.List;

/** During a back-office preview, targeted blocks come from their unpublished files instead of the database. */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class PreviewContentBlockRepository implements ContentBlockRepository {

    @Inject
    @Delegate
    private ContentBlockRepository published;

    @Override
    public List<ContentBlock> all() {
        return FamilyPreview.current().map(content -> content.blocks()).orElseGet(published::all);
    }
}
