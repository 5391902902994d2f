package org.opendoors.guide.content;

import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentKinds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The application guide's files as the back office edits them: one per language. */
public final class GuideFileKinds implements DocumentKinds {

    public static final DocumentKind GUIDE = new DocumentKind("GUIDE", "Application guide", true, "2 Guide",
            "guide/(?<lang>[a-z]{2,3})\\.yaml", "guide");

    @Override
    public List<DocumentKind> kinds() {
        return List.of(GUIDE);
    }

    @Override
    public Optional<String> titleOf(String item, Map<String, String> headFiles) {
        return item.equals("guide") ? Optional.of("Application guide") : Optional.empty();
    }
}
