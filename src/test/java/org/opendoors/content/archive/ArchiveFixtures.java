package org.opendoors.content.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Content files as the store hands them over, and zips written by hand, the odd ones included. */
final class ArchiveFixtures {

    /** The small test city with the portal's guard rules, so that its texts are guarded like Vallmar's. */
    static final Path SMALL_CITY = Path.of("src/test/resources/content/good");
    static final Path GUARD_RULES = Path.of("content/guard");

    private ArchiveFixtures() {
    }

    /** Every file of a folder, path relative to it with '/' → UTF-8 text, sorted. */
    static Map<String, String> filesOf(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Map<String, String> smallCity() {
        Map<String, String> files = filesOf(SMALL_CITY);
        filesOf(GUARD_RULES).forEach((name, text) -> files.put("guard/" + name, text));
        return files;
    }

    /** Entry name → bytes, in the given order; names are written exactly as given ("../x", "/etc/x"). */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The files as UTF-8 entries under a top folder ("" for none). */
    static Map<String, byte[]> entries(String topFolder, Map<String, String> files) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        files.forEach((path, text) -> entries.put(topFolder + path, text.getBytes(StandardCharsets.UTF_8)));
        return entries;
    }

    /**
     * A zip holding two entries of the same name, which {@link ZipOutputStream} refuses to write: it is written with a
     * look-alike name of the same length, then that name is renamed in the local and central headers.
     */
    static byte[] zipWithDuplicate(Map<String, byte[]> entries, String name, String lookAlike) {
        if (name.length() != lookAlike.length() || !entries.containsKey(name)) {
            throw new IllegalArgumentException("the look-alike must have the name's length, and the name must be there");
        }
        Map<String, byte[]> withLookAlike = new LinkedHashMap<>(entries);
        withLookAlike.put(lookAlike, "summary: una altra còpia\n".getBytes(StandardCharsets.UTF_8));
        byte[] zip = zip(withLookAlike);
        byte[] from = lookAlike.getBytes(StandardCharsets.UTF_8);
        byte[] to = name.getBytes(StandardCharsets.UTF_8);
        int replaced = 0;
        for (int i = 0; i + from.length <= zip.length; i++) {
            if (Arrays.equals(zip, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, zip, i, to.length);
                replaced++;
            }
        }
        if (replaced != 2) {
            throw new IllegalStateException("expected the name in one local and one central header, found " + replaced);
        }
        return zip;
    }
}
