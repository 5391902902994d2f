package org.opendoors.content.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * The entries of a zip that are symbolic links. {@link java.util.zip.ZipFile} hides this: it would hand out a link's
 * target path ({@code /etc/passwd}) as if it were the entry's text. Unix zip tools store a link as an entry whose
 * "external attributes" carry the file type {@code S_IFLNK}; this reads them from the central directory (APPNOTE
 * 4.3.12 and 4.3.16), without unpacking anything.
 */
final class ZipLinks {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int END_SIZE = 22;
    private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
    private static final int ZIP64_END_SIGNATURE = 0x06064b50;
    private static final int HEADER_SIGNATURE = 0x02014b50;
    private static final int HEADER_SIZE = 46;
    private static final int FILE_TYPE_MASK = 0xF000;
    private static final int SYMBOLIC_LINK = 0xA000;

    private ZipLinks() {
    }

    /**
     * The names (as {@code ZipFile} decodes them, UTF-8) of every entry that is a symbolic link.
     *
     * @throws ZipException when the central directory is damaged or lists more than {@code maxEntries} entries
     */
    static Set<String> in(Path zip, int maxEntries) throws IOException {
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
            long[] directory = centralDirectory(channel);
            long start = directory[0];
            long entries = directory[1];
            if (entries > maxEntries) {
                throw new ZipException("too many entries");
            }
            Set<String> links = new HashSet<>();
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel.position(start)), 64 * 1024);
            byte[] header = new byte[HEADER_SIZE];
            for (long i = 0; i < entries; i++) {
                if (in.readNBytes(header, 0, HEADER_SIZE) < HEADER_SIZE) {
                    throw new ZipException("truncated central directory");
                }
                ByteBuffer fields = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
                if (fields.getInt(0) != HEADER_SIGNATURE) {
                    throw new ZipException("bad central directory header");
                }
                int nameLength = Short.toUnsignedInt(fields.getShort(28));
                int extraLength = Short.toUnsignedInt(fields.getShort(30));
                int commentLength = Short.toUnsignedInt(fields.getShort(32));
                int fileType = (fields.getInt(38) >>> 16) & FILE_TYPE_MASK;
                byte[] name = in.readNBytes(nameLength);
                in.skipNBytes(extraLength + (long) commentLength);
                // The Unix mode is in the high half of the attributes whatever the "made by" system says: macOS
                // and Info-ZIP on other systems write it too. A plain file or folder never has the link type.
                if (fileType == SYMBOLIC_LINK) {
                    links.add(new String(name, StandardCharsets.UTF_8));
                }
            }
            return links;
        }
    }

    /** Where the central directory starts and how many entries it lists, from the end record (or its ZIP64 form). */
    private static long[] centralDirectory(FileChannel channel) throws IOException {
        long size = channel.size();
        int tailLength = (int) Math.min(size, END_SIZE + 0xFFFF);
        ByteBuffer tail = read(channel, size - tailLength, tailLength);
        for (int at = tailLength - END_SIZE; at >= 0; at--) {
            int commentLength = Short.toUnsignedInt(tail.getShort(at + 20));
            if (tail.getInt(at) != END_SIGNATURE || at + END_SIZE + commentLength != tailLength) {
                continue;
            }
            long endPosition = size - tailLength + at;
            long entries = Short.toUnsignedInt(tail.getShort(at + 10));
            long directorySize = Integer.toUnsignedLong(tail.getInt(at + 12));
            long directoryOffset = Integer.toUnsignedLong(tail.getInt(at + 16));
            if ((entries == 0xFFFF || directorySize == 0xFFFFFFFFL || directoryOffset == 0xFFFFFFFFL) && endPosition >= 20) {
                ByteBuffer locator = read(channel, endPosition - 20, 20);
                if (locator.getInt(0) == ZIP64_LOCATOR_SIGNATURE) {
                    long zip64End = locator.getLong(8);
                    ByteBuffer end = read(channel, zip64End, 56);
                    if (end.getInt(0) != ZIP64_END_SIGNATURE) {
                        throw new ZipException("bad ZIP64 end record");
                    }
                    return new long[]{end.getLong(48), end.getLong(32)};
                }
            }
            // As java.util.zip does: the directory ends where the end record starts, even when bytes were put in
            // front of the archive and the recorded offset is off by their length.
            return new long[]{endPosition - directorySize, entries};
        }
        throw new ZipException("no end of central directory");
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        if (position < 0 || position + length > channel.size()) {
            throw new ZipException("a zip record lies outside the file");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new ZipException("truncated zip");
            }
        }
        return buffer.flip();
    }
}
