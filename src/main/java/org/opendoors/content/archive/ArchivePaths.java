package org.opendoors.content.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Names of archive entries, made safe to use as paths relative to a folder. */
final class ArchivePaths {

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final String MAC_RESOURCES = "__MACOSX";

    private ArchivePaths() {
    }

    /**
     * The entry's name as a relative path with {@code /} separators, or empty when it could leave the folder it is
     * unpacked into ("zip slip": an absolute path, a drive letter, a {@code ..}) or holds control characters.
     * Backslashes count as separators because some Windows tools write them.
     */
    static Optional<String> safe(String entryName) {
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || DRIVE.matcher(name).matches() || name.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return Optional.empty();
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return Optional.of(String.join("/", segments));
    }

    /**
     * Where a path first enters what an operating system or a tool adds beside the content — {@code .git/},
     * {@code .DS_Store}, {@code __MACOSX/}, {@code Thumbs.db} — so that such files are reported once per folder, not
     * one by one; empty for an ordinary path. Hidden names never belong to a content folder.
     */
    static Optional<String> systemPart(String path) {
        String[] segments = path.split("/");
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            prefix.append(segment);
            boolean last = i == segments.length - 1;
            if (segment.startsWith(".") || segment.equals(MAC_RESOURCES)
                    || segment.equalsIgnoreCase("Thumbs.db") || segment.equalsIgnoreCase("desktop.ini")) {
                return Optional.of(last ? prefix.toString() : prefix + "/");
            }
            prefix.append('/');
        }
        return Optional.empty();
    }

    /** How many folders deep a path is: 0 for {@code city.yaml}, 1 for {@code content/city.yaml}. */
    static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
