package org.opendoors.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips as hostile tools write them: entries that are symbolic links, sizes that lie. {@link ZipOutputStream} writes
 * neither, so a zip it wrote is patched in its central directory (APPNOTE 4.3.12), the only part readers trust.
 */
public final class Zips {

    private static final int CENTRAL_HEADER = 0x02014b50;
    /** Made by Unix (3), version 3.0: what Info-ZIP writes, and what says the attributes hold a Unix mode. */
    private static final short MADE_BY_UNIX = (short) 0x031E;
    /** S_IFLNK with rwxrwxrwx, in the high half of the external attributes. */
    private static final int SYMBOLIC_LINK_ATTRIBUTES = 0120777 << 16;

    private Zips() {
    }

    /** Entry name → bytes, deflated, in the given order; names exactly as given. */
    public static byte[] zip(Map<String, byte[]> entries) {
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

    /**
     * The zip with the named entries turned into symbolic links, as {@code zip --symlinks} stores them: the entry's
     * bytes are the link's target ({@code /etc/passwd}), its attributes say "link".
     */
    public static byte[] withLinks(byte[] zip, String... names) {
        byte[] patched = zip.clone();
        for (String name : names) {
            ByteBuffer header = centralHeader(patched, name);
            header.putShort(4, MADE_BY_UNIX);
            header.putInt(38, SYMBOLIC_LINK_ATTRIBUTES);
        }
        return patched;
    }

    /** The zip with an entry declaring another uncompressed size than it has, as a bomb made by hand may. */
    public static byte[] declaringSize(byte[] zip, String name, int size) {
        byte[] patched = zip.clone();
        centralHeader(patched, name).putInt(24, size);
        return patched;
    }

    private static ByteBuffer centralHeader(byte[] zip, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer all = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 <= zip.length; at++) {
            if (all.getInt(at) == CENTRAL_HEADER && Short.toUnsignedInt(all.getShort(at + 28)) == wanted.length
                    && Arrays.equals(zip, at + 46, at + 46 + wanted.length, wanted, 0, wanted.length)) {
                return ByteBuffer.wrap(zip, at, 46).slice().order(ByteOrder.LITTLE_ENDIAN);
            }
        }
        throw new IllegalArgumentException("no entry " + name + " in the zip");
    }
}
