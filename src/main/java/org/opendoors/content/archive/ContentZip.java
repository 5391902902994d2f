package org.opendoors.content.archive;

import org.opendoors.content.reader.BinaryFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a city's content files as a zip of one {@code content/} folder. */
final class ContentZip {

    static final String TOP_FOLDER = "content/";

    /**
     * A fixed date for every entry, so that exporting the same city twice gives the same bytes (a communicator or a
     * script can tell "nothing changed" from the checksum). Set as a local date-time: {@link ZipEntry#setTime} would
     * turn an instant into the server's local time zone and make the bytes depend on where the server runs.
     */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ContentZip() {
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
                String path = file.getKey();
                if (ArchivePaths.safe(path).filter(path::equals).isEmpty()) {
                    throw new IllegalArgumentException("not a plain relative path of a content file: '" + path + "'");
                }
                ZipEntry entry = new ZipEntry(TOP_FOLDER + path);
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(BinaryFiles.isBinary(path)
                        ? BinaryFiles.fromStored(file.getValue()).orElseThrow(() -> new IllegalArgumentException(
                                "the stored photo " + path + " is not the bytes of a file"))
                        : file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }
}
