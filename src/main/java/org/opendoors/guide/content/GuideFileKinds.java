package org.opendoors.guide.content;

import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentKinds;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The application guide's files as the back office edits them: one per language, and the video guide. */
public final class GuideFileKinds implements DocumentKinds {

    public static final DocumentKind GUIDE = new DocumentKind("GUIDE", "Application guide", true, "2 Guide",
            "guide/(?<lang>[a-z]{2,3})\\.yaml", "guide");

    /** The video guide: replaced whole by an upload, never edited as text; its captions are in the guide files. */
    public static final DocumentKind GUIDE_VIDEO = new DocumentKind("GUIDE_VIDEO", "Video guide", false, "2 Guide",
            "guide/video\\.webm", "guide");

    @Override
    public List<DocumentKind> kinds() {
        return List.of(GUIDE, GUIDE_VIDEO);
    }

    @Override
    public Optional<String> titleOf(String item, Map<String, String> headFiles) {
        return item.equals("guide") ? Optional.of("Application guide") : Optional.empty();
    }
}
