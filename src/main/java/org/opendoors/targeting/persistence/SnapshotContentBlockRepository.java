package org.opendoors.targeting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.targeting.domain.ContentBlock;
import org.opendoors.targeting.domain.ContentBlockRepository;
import org.opendoors.targeting.domain.TargetedBlocks;

import java.util.List;

/** Targeted blocks from the snapshot this request renders (published or preview), never from the database. */
@ApplicationScoped
public class SnapshotContentBlockRepository implements ContentBlockRepository {

    @Inject
    private PublishedCity publishedCity;

    @Override
    public List<ContentBlock> all() {
        return publishedCity.rendered().part(TargetedBlocks.class).blocks();
    }
}
