package org.opendoors.content.archive;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.i18n.domain.StaffWording;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an uploaded archive holds once read: the content folder's files as text, the files that could not be taken
 * and why, and the entries left out. When the archive as a whole cannot be read ({@code readable} false), only
 * the general problems say why and nothing is compared with the city.
 *
 * @param contentFolder the folder of the archive taken as the content folder: "", "content/" or "any-name/"
 * @param files         path relative to the content folder → text
 * @param refused       path relative to the content folder → why the file cannot be taken (too large, not UTF-8…)
 * @param ignored       path relative to the content folder → how many files it stands for (a {@code .git/} counts all
 *                      of its files)
 * @param otherEntries  entries outside the content folder (ignored) or with an unsafe name (refused), by archive name
 * @param general       problems of the archive as a whole
 */
record UploadedArchive(boolean readable, String contentFolder, Map<String, String> files,
                       Map<String, List<ContentProblem>> refused, Map<String, Integer> ignored,
                       List<FileReport> otherEntries, List<ContentProblem> general) {

    UploadedArchive {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
        refused = Collections.unmodifiableSortedMap(new TreeMap<>(refused));
        ignored = Collections.unmodifiableSortedMap(new TreeMap<>(ignored));
        otherEntries = List.copyOf(otherEntries);
        general = List.copyOf(general);
    }

    /** An archive that cannot be read at all, for one reason. */
    static UploadedArchive unreadable(StaffWording reason) {
        return new UploadedArchive(false, "", Map.of(), Map.of(), Map.of(), List.of(),
                List.of(new ContentProblem("", 0, "", reason)));
    }
}
