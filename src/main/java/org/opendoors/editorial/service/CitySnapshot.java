package org.opendoors.editorial.service;

import org.opendoors.content.domain.CityContent;
import org.opendoors.school.service.SearchIndex;

/**
 * A whole city as families are shown it, fixed for as long as anyone renders from it: the content read from one set
 * of files, the indexes derived from it, and the publish revision it is. Nothing in it changes after it is built
 * (the entities have no setters and are never handed to JPA), so any number of requests read it without a lock.
 *
 * @param revision counts the published cities this node has served, from 1; {@link #PREVIEW} for a preview
 */
public record CitySnapshot(long revision, CityContent content, SearchIndex search) {

    /** The revision of a back-office preview: never published, so never the revision of a kept page. */
    public static final long PREVIEW = 0;

    public boolean isPreview() {
        return revision == PREVIEW;
    }
}
