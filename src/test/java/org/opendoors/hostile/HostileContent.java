package org.opendoors.hostile;

import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.testing.Zips;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The sample city's content files, zipped as the export does, and uploaded to the import check as staff would. */
final class HostileContent {

    private HostileContent() {
    }

    /** Every file of the sample content folder, path relative to it → text, as the store keeps it (photos as Base64). */
    static Map<String, String> files() {
        Path folder = Path.of(System.getProperty("opendoors.content", "content"));
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                files.put(path, BinaryFiles.isBinary(path) ? BinaryFiles.toStored(Files.readAllBytes(file)) : Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The files as zip entries under {@code content/}, as the export names them. */
    static Map<String, byte[]> entries(Map<String, String> files) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        files.forEach((path, text) -> entries.put("content/" + path, BinaryFiles.isBinary(path)
                ? BinaryFiles.fromStored(text).orElseThrow() : text.getBytes(StandardCharsets.UTF_8)));
        return entries;
    }

    static byte[] zip(Map<String, String> files) {
        return Zips.zip(entries(files));
    }

    /** Uploads a zip to Export / import and presses Check; the answer is the page with the report. */
    static RawHttp.Response check(StaffSession who, byte[] zip) {
        return who.form("/admin/content/archive.xhtml", "import").submitWithFile("import:check", "import:file", "city.zip", zip);
    }
}
