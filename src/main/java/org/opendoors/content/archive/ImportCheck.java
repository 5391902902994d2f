package org.opendoors.content.archive;

import org.opendoors.i18n.domain.StaffWording;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.FolderCheck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks an uploaded content folder whole, exactly as the portal checks {@code content/} on first start (the content
 * guard included), and compares it with the city's current files, file by file.
 */
final class ImportCheck {

    /** The reader's words for a file it did not find; said of a file we refused to unpack, it would only confuse. */
    private static final String MISSING = "is missing";

    private ImportCheck() {
    }

    static ImportReport check(Map<String, String> current, UploadedArchive upload) {
        if (!upload.readable()) {
            List<FileReport> rows = new ArrayList<>();
            upload.ignored().forEach((path, count) ->
                    rows.add(new FileReport(path, FileStatus.IGNORED, ArchiveReader.ignoredNote(count), List.of())));
            rows.addAll(upload.otherEntries());
            return new ImportReport(upload.contentFolder(), rows, upload.general(), Map.of());
        }
        SortedSet<String> paths = new TreeSet<>(current.keySet());
        paths.addAll(upload.files().keySet());
        paths.addAll(upload.refused().keySet());
        paths.addAll(upload.ignored().keySet());

        Map<String, Set<ContentProblem>> problemsByFile = new LinkedHashMap<>();
        upload.refused().forEach((path, problems) -> problemsByFile.put(path, new LinkedHashSet<>(problems)));
        List<ContentProblem> general = new ArrayList<>();
        for (ContentProblem problem : validate(upload.files())) {
            String file = problem.file();
            if (upload.refused().containsKey(file) && problem.message().startsWith(MISSING)) {
                continue;
            }
            if (paths.contains(file)) {
                problemsByFile.computeIfAbsent(file, f -> new LinkedHashSet<>()).add(problem);
            } else {
                general.add(problem);
            }
        }

        List<FileReport> rows = new ArrayList<>();
        for (String path : paths) {
            List<ReportedProblem> problems = problemsByFile.getOrDefault(path, Set.of()).stream()
                    .map(ReportedProblem::new).toList();
            if (upload.refused().containsKey(path)) {
                rows.add(new FileReport(path, FileStatus.REFUSED, null, problems));
            } else if (upload.files().containsKey(path)) {
                String before = current.get(path);
                FileStatus change = before == null ? FileStatus.ADDED
                        : before.equals(upload.files().get(path)) ? FileStatus.UNCHANGED : FileStatus.CHANGED;
                rows.add(new FileReport(path, change, null, problems));
            } else if (current.containsKey(path)) {
                StaffWording note = upload.ignored().containsKey(path)
                        ? StaffWording.of("content.archive.copyIgnored") : null;
                rows.add(new FileReport(path, FileStatus.REMOVED, note, problems));
            } else {
                rows.add(new FileReport(path, FileStatus.IGNORED,
                        ArchiveReader.ignoredNote(upload.ignored().get(path)), problems));
            }
        }
        rows.addAll(upload.otherEntries());
        return new ImportReport(upload.contentFolder(), rows, general, upload.files());
    }

    /** The portal's own whole-folder check (reader and guard) over the files; every problem it finds. */
    private static List<ContentProblem> validate(Map<String, String> files) {
        try {
            FolderCheck.read(files, file -> true);
            return List.of();
        } catch (ContentRejectedException rejected) {
            return rejected.problems();
        }
    }
}
