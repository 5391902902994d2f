package org.opendoors.content.reader;

import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of a content folder, read as YAML with every problem (missing, not UTF-8, bad syntax, over a limit)
 * reported. Only what really lies inside the folder is read: a file or folder that is a link to somewhere outside
 * it is refused, so that no content file can make the portal read another file of the server.
 */
final class ContentFiles {

    private final Path folder;
    private final Problems problems;
    /** The folder with every link resolved, found on first use (the reader first checks the folder exists). */
    private Path realFolder;

    ContentFiles(Path folder, Problems problems) {
        this.folder = folder;
        this.problems = problems;
    }

    Path resolve(String relative) {
        return folder.resolve(relative);
    }

    /** The file's top-level fields, or empty after reporting why not. */
    Optional<YamlMap> fields(String relative) {
        return parse(relative).flatMap(root -> YamlMap.root(problems, relative, root));
    }

    /** The entries of a sub-folder, sorted by name; none when it does not exist or leads out of the folder. */
    List<Path> list(String relative) {
        Path directory = folder.resolve(relative);
        if (!Files.isDirectory(directory) || inside(relative).isEmpty()) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            problems.add(relative, 0, "", "cannot be read");
            return List.of();
        }
    }

    /**
     * Parses one file into YAML nodes within {@link BoundedYaml.Limits#forFile its limits}, reporting a missing file,
     * a link out of the folder, a file too large, bad encoding or a syntax error with its line.
     */
    Optional<Node> parse(String relative) {
        Optional<Path> found = inside(relative);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path file = found.get();
        if (!Files.isRegularFile(file)) {
            problems.add(relative, 0, "", "is missing");
            return Optional.empty();
        }
        BoundedYaml.Limits limits = BoundedYaml.Limits.forFile(relative);
        try {
            // UTF-8 takes at most 3 bytes per Java character: a larger file cannot be within the limit, and is
            // refused before it is read into memory.
            if (Files.size(file) > 3L * limits.maxChars()) {
                problems.add(relative, 0, "", "is larger than " + BoundedYaml.count(limits.maxChars())
                        + " characters, the limit for a file of this kind; split it or make it smaller");
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            Node root = BoundedYaml.compose(text, limits);
            return Optional.ofNullable(root).or(() -> {
                problems.add(relative, 0, "", "is empty");
                return Optional.empty();
            });
        } catch (CharacterCodingException e) {
            problems.add(relative, 0, "", "is not saved as UTF-8");
        } catch (YamlRefusedException e) {
            problems.add(relative, e.line(), "", e.getMessage());
        } catch (IOException e) {
            problems.add(relative, 0, "", "cannot be read");
        }
        return Optional.empty();
    }

    /** Whether a file or folder really lies inside the content folder; reports it when it does not. */
    boolean staysInside(String relative) {
        return inside(relative).isPresent();
    }

    /**
     * The path of a file or folder of the content folder when, every link followed, it still lies inside the
     * folder; empty when it does not exist (reported as missing) or leads out of it (reported as such).
     */
    private Optional<Path> inside(String relative) {
        Path path = folder.resolve(relative).normalize();
        try {
            if (realFolder == null) {
                realFolder = folder.toRealPath();
            }
            if (!path.startsWith(folder.normalize())) {
                problems.add(relative, 0, "", "is not inside the content folder");
                return Optional.empty();
            }
            Path real = path.toRealPath();
            if (!real.startsWith(realFolder)) {
                problems.add(relative, 0, "", Files.isSymbolicLink(path)
                        ? "is a link that leads outside the content folder; a content folder holds its own files only"
                        : "lies in a folder that links outside the content folder; a content folder holds its own files only");
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (NoSuchFileException e) {
            problems.add(relative, 0, "", Files.isSymbolicLink(path) ? "is a link to a file that does not exist" : "is missing");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(relative, 0, "", "cannot be read");
            return Optional.empty();
        }
    }
}
