package org.opendoors.content.reader;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The files of a content folder, read as YAML with every problem (missing, not UTF-8, bad syntax) reported. */
final class ContentFiles {

    private final Path folder;
    private final Problems problems;

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

    /** The entries of a sub-folder, sorted by name; none when it does not exist. */
    List<Path> list(String relative) {
        Path directory = folder.resolve(relative);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            problems.add(relative, 0, "", "cannot be read: " + e.getMessage());
            return List.of();
        }
    }

    /** Parses one file into YAML nodes, reporting a missing file, bad encoding or a syntax error with its line. */
    Optional<Node> parse(String relative) {
        Path file = folder.resolve(relative);
        if (!Files.isRegularFile(file)) {
            problems.add(relative, 0, "", "is missing");
            return Optional.empty();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Node root = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
            return Optional.ofNullable(root).or(() -> {
                problems.add(relative, 0, "", "is empty");
                return Optional.empty();
            });
        } catch (CharacterCodingException e) {
            problems.add(relative, 0, "", "is not saved as UTF-8");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            problems.add(relative, line, "", "is not valid YAML: " + e.getProblem());
        } catch (YAMLException | IOException e) {
            problems.add(relative, 0, "", "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

}
