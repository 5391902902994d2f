package org.opendoors.content.reader;

import org.opendoors.i18n.domain.StaffWording;

import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of a content folder, read as YAML with every problem (missing, not UTF-8, bad syntax, over a limit)
 * reported. Only what really lies inside the folder is read: a file or folder that is a link to somewhere outside
 * it is refused, so that no content file can make the portal read another file of the server.
 * <p>
 * The same files can be held in memory (the back office's versions, an uploaded archive): they are then read
 * by exactly the same rules, without touching the disk.
 */
public final class ContentFiles {

    /** One entry of a folder: a file, or a sub-folder. */
    public record Entry(String name, boolean isFolder) {
    }

    private final Path folder;
    private final Map<String, String> inMemory;
    private final Problems problems;
    /** The folder with every link resolved, found on first use (the reader first checks the folder exists). */
    private Path realFolder;

    public ContentFiles(Path folder, Problems problems) {
        this.folder = folder;
        this.inMemory = null;
        this.problems = problems;
    }

    private ContentFiles(Map<String, String> files, Problems problems) {
        this.folder = null;
        this.inMemory = new TreeMap<>();
        this.problems = problems;
        for (Map.Entry<String, String> file : files.entrySet()) {
            String name = FileReference.insideFolder(file.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "Not a path inside a content folder: " + Quoted.quote(file.getKey())));
            inMemory.put(name, file.getValue());
        }
        for (String name : List.copyOf(inMemory.keySet())) {
            if (inMemory.keySet().stream().anyMatch(other -> other.startsWith(name + "/"))) {
                problems.add(name, 0, "", StaffWording.of("content.problem.nameClash"));
                inMemory.remove(name);
            }
        }
    }

    /** Content files held in memory, by their path in a content folder ({@code schools/x/ca.yaml}). */
    public static ContentFiles inMemory(Map<String, String> files, Problems problems) {
        return new ContentFiles(files, problems);
    }

    public Problems problems() {
        return problems;
    }

    /** Whether the content folder itself is there (files in memory always are). */
    public boolean folderExists() {
        return inMemory != null || Files.isDirectory(folder);
    }

    /** The name the folder is reported by when it is not there. */
    public String folderName() {
        return folder == null ? "" : folder.toString();
    }

    /** The file's top-level fields, or empty after reporting why not. */
    public Optional<YamlMap> fields(String relative) {
        return parse(relative).flatMap(root -> YamlMap.root(problems, relative, root));
    }

    /** Whether a file (not a folder) of this name exists; reports nothing. */
    public boolean exists(String relative) {
        return inMemory != null ? inMemory.containsKey(relative) : Files.isRegularFile(folder.resolve(relative));
    }

    /** Whether a folder of this name exists; reports nothing. */
    public boolean folderExists(String relative) {
        if (inMemory != null) {
            return inMemory.keySet().stream().anyMatch(name -> name.startsWith(relative + "/"));
        }
        return Files.isDirectory(folder.resolve(relative));
    }

    /** The entries of a sub-folder, sorted by name; none when it does not exist or leads out of the folder. */
    public List<Entry> list(String relative) {
        if (inMemory != null) {
            String prefix = relative + "/";
            TreeSet<String> files = new TreeSet<>();
            TreeSet<String> folders = new TreeSet<>();
            for (String name : inMemory.keySet()) {
                if (name.startsWith(prefix)) {
                    String rest = name.substring(prefix.length());
                    int slash = rest.indexOf('/');
                    if (slash < 0) {
                        files.add(rest);
                    } else {
                        folders.add(rest.substring(0, slash));
                    }
                }
            }
            TreeMap<String, Entry> entries = new TreeMap<>();
            files.forEach(name -> entries.put(name, new Entry(name, false)));
            folders.forEach(name -> entries.put(name, new Entry(name, true)));
            return List.copyOf(entries.values());
        }
        Path directory = folder.resolve(relative);
        if (!Files.isDirectory(directory) || inside(relative).isEmpty()) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Entry> found = new ArrayList<>();
            entries.sorted().forEach(entry -> found.add(new Entry(entry.getFileName().toString(), Files.isDirectory(entry))));
            return found;
        } catch (IOException e) {
            problems.add(relative, 0, "", StaffWording.of("content.problem.unreadable"));
            return List.of();
        }
    }

    /**
     * Parses one file into YAML nodes within {@link BoundedYaml.Limits#forFile its limits}, reporting a missing file,
     * a link out of the folder, a file too large, bad encoding or a syntax error with its line.
     */
    public Optional<Node> parse(String relative) {
        BoundedYaml.Limits limits = BoundedYaml.Limits.forFile(relative);
        Optional<String> text = inMemory != null ? memoryText(relative, limits, problems) : diskText(relative, limits, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Node root = BoundedYaml.compose(text.get(), limits);
            return Optional.ofNullable(root).or(() -> {
                problems.add(relative, 0, "", StaffWording.of("content.problem.emptyFile"));
                return Optional.empty();
            });
        } catch (YamlRefusedException e) {
            problems.add(relative, e.line(), "", e.getMessage());
        }
        return Optional.empty();
    }

    private Optional<String> memoryText(String relative, BoundedYaml.Limits limits, Problems problems) {
        String text = inMemory.get(relative);
        if (text == null) {
            problems.add(relative, 0, "", StaffWording.of("content.problem.missing"));
            return Optional.empty();
        }
        if (text.length() > limits.maxChars()) {
            tooLarge(relative, limits, problems);
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private Optional<String> diskText(String relative, BoundedYaml.Limits limits, Problems problems) {
        Optional<Path> found = inside(relative);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path file = found.get();
        if (!Files.isRegularFile(file)) {
            problems.add(relative, 0, "", StaffWording.of("content.problem.missing"));
            return Optional.empty();
        }
        try {
            // UTF-8 takes at most 3 bytes per Java character: a larger file cannot be within the limit, and is
            // refused before it is read into memory.
            if (Files.size(file) > 3L * limits.maxChars()) {
                tooLarge(relative, limits, problems);
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (CharacterCodingException e) {
            problems.add(relative, 0, "", StaffWording.of("content.problem.notUtf8"));
        } catch (IOException e) {
            problems.add(relative, 0, "", StaffWording.of("content.problem.unreadable"));
        }
        return Optional.empty();
    }

    private static void tooLarge(String relative, BoundedYaml.Limits limits, Problems problems) {
        problems.add(relative, 0, "", StaffWording.of("content.problem.tooManyCharacters", "max", limits.maxChars()));
    }

    /**
     * A binary file's bytes (a photo, a video), at most {@link BinaryFiles#mostBytes its limit}, or empty after
     * reporting why not.
     * Read the same way from a folder and from memory, where binary files are kept as {@link BinaryFiles text}.
     */
    public Optional<byte[]> bytes(String relative) {
        if (inMemory != null) {
            String stored = inMemory.get(relative);
            if (stored == null) {
                problems.add(relative, 0, "", StaffWording.of("content.problem.missing"));
                return Optional.empty();
            }
            if (stored.strip().length() > BinaryFiles.mostChars(relative)) {
                problems.add(relative, 0, "", binaryTooLarge(relative));
                return Optional.empty();
            }
            Optional<byte[]> bytes = BinaryFiles.fromStored(stored);
            if (bytes.isEmpty()) {
                problems.add(relative, 0, "", StaffWording.of("content.problem.notBytes"));
            }
            return bytes;
        }
        Optional<Path> found = inside(relative);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(found.get())) {
                problems.add(relative, 0, "", StaffWording.of("content.problem.missing"));
                return Optional.empty();
            }
            if (Files.size(found.get()) > BinaryFiles.mostBytes(relative)) {
                problems.add(relative, 0, "", binaryTooLarge(relative));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(found.get()));
        } catch (IOException e) {
            problems.add(relative, 0, "", StaffWording.of("content.problem.unreadable"));
            return Optional.empty();
        }
    }

    private static StaffWording binaryTooLarge(String relative) {
        return StaffWording.of("content.problem.tooManyMegabytes", "megabytes", BinaryFiles.mostBytes(relative) / (1024 * 1024),
                "kind", relative.endsWith(".webm") ? "video" : "photo");
    }

    /**
     * The file's text, within its limits, without reporting anything: for telling whether a file is the same as
     * before. Reading it with {@link #parse} reports what is wrong with it.
     */
    public Optional<String> text(String relative) {
        BoundedYaml.Limits limits = BoundedYaml.Limits.forFile(relative);
        Problems unreported = new Problems();
        return inMemory != null ? memoryText(relative, limits, unreported) : diskText(relative, limits, unreported);
    }

    /** Whether a file or folder really lies inside the content folder; reports it when it does not. */
    public boolean staysInside(String relative) {
        return inMemory != null || inside(relative).isPresent();
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
                problems.add(relative, 0, "", StaffWording.of("content.problem.outsideFolder"));
                return Optional.empty();
            }
            Path real = path.toRealPath();
            if (!real.startsWith(realFolder)) {
                problems.add(relative, 0, "", StaffWording.of(Files.isSymbolicLink(path)
                        ? "content.problem.linkOutside" : "content.problem.folderLinksOutside"));
                return Optional.empty();
            }
            return Optional.of(real);
        } catch (NoSuchFileException e) {
            problems.add(relative, 0, "", StaffWording.of(Files.isSymbolicLink(path)
                    ? "content.problem.brokenLink" : "content.problem.missing"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(relative, 0, "", StaffWording.of("content.problem.unreadable"));
            return Optional.empty();
        }
    }
}
