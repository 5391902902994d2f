package org.opendoors.content.domain;

import java.util.Map;

/**
 * The city's content was published or imported: whatever was derived from the old content — the published city, what
 * features derive from it, rendered pages — must be made again, once the change is committed (observe it
 * {@code during = AFTER_SUCCESS}).
 *
 * @param publishedFiles every file of the content folder as families will now see it (path → text)
 * @param revision       the database's published revision this change committed (see the portal's
 *                       {@code PublishedRevisions})
 */
public record ContentPublished(String reason, Map<String, String> publishedFiles, long revision) {

    public ContentPublished {
        publishedFiles = Map.copyOf(publishedFiles);
    }
}
