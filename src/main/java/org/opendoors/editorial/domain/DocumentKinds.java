package org.opendoors.editorial.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of content file a feature owns, as the back office edits them; a feature names its implementation in
 * {@code META-INF/services/org.opendoors.editorial.domain.DocumentKinds}.
 */
public interface DocumentKinds {

    List<DocumentKind> kinds();

    /** The title staff see for one of this feature's items ({@code schools/escola-la-sinia}), read from the newest files. */
    default Optional<String> titleOf(String item, Map<String, String> headFiles) {
        return Optional.empty();
    }
}
