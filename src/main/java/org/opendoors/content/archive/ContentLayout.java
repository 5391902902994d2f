package org.opendoors.content.archive;

import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.content.reader.ContentFormat;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which files make up a content folder (layout in {@code content/README.md}): the kernel's own (the folder's
 * README and the guard's rules) and those each {@link ContentFormat} says are its feature's. Only the place of a
 * file is checked here: a texts file with a wrong language ({@code schools/x/de.yaml}) is part of the folder, so
 * that the content reader refuses it with its own explanation instead of it silently vanishing.
 */
final class ContentLayout {

    static final String README = "README.md";
    /** The file that marks a content folder, named by the one format that owns it. */
    static final String MARKER_FILE = markerFile(ContentFolderReader.formats());

    private final List<Predicate<String>> formatFiles;

    private ContentLayout(List<Predicate<String>> formatFiles) {
        this.formatFiles = formatFiles;
    }

    /** The layout of a content folder whose marker file has this text (null when there is none). */
    static ContentLayout of(String markerText) {
        return new ContentLayout(ContentFolderReader.formats().stream().map(format -> format.files(markerText)).toList());
    }

    boolean contains(String path) {
        String[] segments = path.split("/");
        if (segments[segments.length - 1].startsWith(".")) {
            return false;
        }
        return path.equals(README) || isGuardRules(segments) || formatFiles.stream().anyMatch(files -> files.test(path));
    }

    private static boolean isGuardRules(String[] segments) {
        return segments.length == 2 && segments[0].equals(ContentFolderReader.GUARD_FOLDER) && segments[1].endsWith(".yaml");
    }

    static String markerFile(List<ContentFormat<?>> formats) {
        List<String> markers = formats.stream().map(ContentFormat::markerFile).flatMap(Optional::stream).toList();
        if (markers.size() != 1) {
            throw new IllegalStateException("Exactly one content format must name the file that marks a content folder: "
                    + markers);
        }
        return markers.get(0);
    }
}
