package org.opendoors.editorial.service;

import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ContentFolderReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Runs the importer's whole-folder validation over content files held in memory (the back office's versions), so
 * an edit is checked by exactly the rules a content folder on disk is checked by.
 */
public final class FolderCheck {

    private FolderCheck() {
    }

    public static CityContent read(Map<String, String> files, Predicate<String> guardedFiles) throws ContentRejectedException {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("opendoors-check-");
            write(files, folder);
            return ContentFolderReader.read(folder, guardedFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the files to check to a temporary folder", e);
        } finally {
            delete(folder);
        }
    }

    public static void write(Map<String, String> files, Path folder) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey()).normalize();
            if (!target.startsWith(folder)) {
                throw new IllegalArgumentException("Not a path inside a content folder: " + file.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless; the check's answer is what matters.
        }
    }
}
