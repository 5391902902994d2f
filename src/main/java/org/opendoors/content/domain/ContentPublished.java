package org.opendoors.content.domain;

import java.util.Map;
import java.util.Optional;

/**
 * Fired when what families see changed: a publish or an import of the city's content, or a UI text a translator
 * saved. Whatever was derived from the old content — the published city, its search words, rendered pages — must be
 * made again, once the change is committed (observe it {@code during = AFTER_SUCCESS}).
 *
 * @param publishedFiles every file of the content folder as families will now see it (path → text), when the
 *                       city's content changed; empty when only UI texts did and the city itself stays
 */
public record ContentPublished(String reason, Optional<Map<String, String>> publishedFiles) {

    public ContentPublished {
        publishedFiles = publishedFiles.map(Map::copyOf);
    }

    /** The city's content changed: these are now all its published files. */
    public static ContentPublished ofCity(String reason, Map<String, String> publishedFiles) {
        return new ContentPublished(reason, Optional.of(publishedFiles));
    }

    /** Only UI texts changed: the city stays, pages rendered with the old texts go. */
    public static ContentPublished ofUiTexts(String reason) {
        return new ContentPublished(reason, Optional.empty());
    }
}
