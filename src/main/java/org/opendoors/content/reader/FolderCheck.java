package org.opendoors.content.reader;

import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs the whole-folder validation over content files held in memory (the back office's versions, an uploaded
 * archive), so they are checked by exactly the rules a content folder on disk is checked by.
 */
public final class FolderCheck {

    private FolderCheck() {
    }

    /**
     * Reads the files as a content folder, guarding the texts of the files {@code guardedFiles} names. A file that
     * cannot even be placed in a folder (say, where another file needs a folder) is reported with the rest.
     */
    public static CityContent read(Map<String, String> files, Predicate<String> guardedFiles) throws ContentRejectedException {
        Path folder;
        try {
            folder = Files.createTempDirectory("opendoors-check-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder to check content in", e);
        }
        try {
            List<ContentProblem> problems = write(files, folder);
            try {
                CityContent content = ContentFolderReader.read(folder, guardedFiles);
                if (problems.isEmpty()) {
                    return content;
                }
            } catch (ContentRejectedException rejected) {
                problems.addAll(rejected.problems());
            }
            throw new ContentRejectedException(problems);
        } finally {
            delete(folder);
        }
    }

    private static List<ContentProblem> write(Map<String, String> files, Path folder) {
        List<ContentProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            if (!target.startsWith(folder)) {
                throw new IllegalArgumentException("Not a path inside a content folder: " + Quoted.quote(file.getKey()));
            }
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                problems.add(new ContentProblem(file.getKey(), 0, "", "cannot be placed in a content folder "
                        + "(another file needs its name as a folder, or the other way round)"));
            }
        }
        return problems;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException ignored) {
            // A leftover copy of public content in the temporary folder is untidy, not wrong: the answer stands.
        }
    }
}
