package org.opendoors.content.archive;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ContentFolderReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Checks an uploaded content folder whole, exactly as the portal checks {@code content/} on first start (the content
 * guard included), and compares it with the city's current files, file by file.
 */
final class ImportCheck {

    /** The reader's words for a file it did not find; said of a file we refused to unpack, it would only confuse. */
    private static final String MISSING = "is missing";
    private static final Logger LOG = Logger.getLogger(ImportCheck.class.getName());

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
                rows.add(new FileReport(path, FileStatus.REFUSED, "", problems));
            } else if (upload.files().containsKey(path)) {
                String before = current.get(path);
                FileStatus change = before == null ? FileStatus.ADDED
                        : before.equals(upload.files().get(path)) ? FileStatus.UNCHANGED : FileStatus.CHANGED;
                rows.add(new FileReport(path, change, "", problems));
            } else if (current.containsKey(path)) {
                String note = upload.ignored().containsKey(path)
                        ? "the archive's copy is " + ArchiveReader.IGNORED : "";
                rows.add(new FileReport(path, FileStatus.REMOVED, note, problems));
            } else {
                rows.add(new FileReport(path, FileStatus.IGNORED,
                        ArchiveReader.ignoredNote(upload.ignored().get(path)), problems));
            }
        }
        rows.addAll(upload.otherEntries());
        return new ImportReport(upload.contentFolder(), rows, general, upload.files());
    }

    /** Writes the files to a temporary content folder, reads it with the portal's reader, and always deletes it. */
    private static List<ContentProblem> validate(Map<String, String> files) {
        Path folder;
        try {
            folder = Files.createTempDirectory("opendoors-import-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder to check the content in", e);
        }
        try {
            List<ContentProblem> problems = new ArrayList<>(write(folder, files));
            try {
                ContentFolderReader.read(folder);
            } catch (ContentRejectedException e) {
                problems.addAll(e.problems());
            }
            return problems;
        } finally {
            delete(folder);
        }
    }

    private static List<ContentProblem> write(Path folder, Map<String, String> files) {
        List<ContentProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            if (!target.startsWith(folder)) {
                throw new IllegalStateException("an unsafe path reached the check: " + file.getKey());
            }
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue());
            } catch (IOException e) {
                // e.g. city.yaml names an outline file where a folder of the content must be.
                problems.add(new ContentProblem(file.getKey(), 0, "", "cannot be placed in a content folder: " + e));
            }
        }
        return problems;
    }

    private static void delete(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // The check's result stands; a leftover copy of public content in the temporary folder is only untidy.
            LOG.log(Level.WARNING, "cannot delete the temporary folder " + folder, e);
        }
    }
}
