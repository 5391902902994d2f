package org.opendoors.content.archive;

import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.service.StaffMessages;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.content.reader.Quoted;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads an uploaded zip into the files of a content folder, within {@link ArchiveLimits}. The upload is kept in a
 * temporary file because only a zip's central directory lists every entry before anything is unpacked: the content
 * folder is found first and only its files are unpacked, so a {@code .git} folder or photos beside it cost nothing.
 */
final class ArchiveReader {

    static final StaffWording NOT_UTF8 = StaffWording.of("content.problem.notUtf8");
    static final StaffWording LINK_WORDING = StaffWording.of("content.archive.link");
    static final String LINK = StaffMessages.english(LINK_WORDING);

    private final ArchiveLimits limits;

    ArchiveReader(ArchiveLimits limits) {
        this.limits = limits;
    }

    UploadedArchive read(InputStream upload) throws IOException {
        Path copy = Files.createTempFile("opendoors-upload-", ".zip");
        try {
            if (!copyAtMost(upload, copy, limits.maxArchiveBytes())) {
                return UploadedArchive.unreadable(StaffWording.of("content.archive.whole.tooLarge",
                        "size", ArchiveLimits.sizeWording(limits.maxArchiveBytes())));
            }
            return readZip(copy);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** Copies the upload, stopping (false) as soon as it is larger than the limit. */
    private static boolean copyAtMost(InputStream upload, Path copy, long max) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(copy)) {
            for (int read = upload.read(buffer); read >= 0; read = upload.read(buffer)) {
                copied += read;
                if (copied > max) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }

    private UploadedArchive readZip(Path copy) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(copy.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: an entry name that is not UTF-8 (old Windows tools).
            return UploadedArchive.unreadable(StaffWording.of("content.archive.whole.notZip",
                    "detail", Quoted.excerpt(e.getMessage())));
        }
        try (zip) {
            if (zip.size() > limits.maxEntries()) {
                return UploadedArchive.unreadable(StaffWording.of("content.archive.whole.tooManyEntries",
                        "count", zip.size(), "max", limits.maxEntries()));
            }
            Set<String> links;
            try {
                links = ZipLinks.in(copy, limits.maxEntries());
            } catch (ZipException e) {
                return UploadedArchive.unreadable(StaffWording.of("content.archive.whole.damagedList"));
            }
            return new Unpacking(zip, links).run();
        }
    }

    /** One archive being read: where its content folder is, and what each entry becomes. */
    private final class Unpacking {

        private final ZipFile zip;
        /** The names of the entries that are symbolic links: never unpacked, always refused. */
        private final Set<String> links;
        private final List<FileReport> otherEntries = new ArrayList<>();
        private final Map<String, String> files = new TreeMap<>();
        private final Map<String, List<ContentProblem>> refused = new TreeMap<>();
        private final Map<String, Integer> ignored = new TreeMap<>();
        private final Map<String, Integer> ignoredOutside = new TreeMap<>();
        private long unpacked;

        Unpacking(ZipFile zip, Set<String> links) {
            this.zip = zip;
            this.links = links;
        }

        UploadedArchive run() throws IOException {
            Map<String, List<ZipEntry>> byPath = filesByPath();
            List<String> roots = contentFolders(byPath.keySet());
            if (roots.size() > 1) {
                return UploadedArchive.unreadable(StaffWording.of("content.archive.whole.severalFolders",
                        "marker", ContentLayout.MARKER_FILE, "folders", String.join(", ", roots)));
            }
            String root = roots.get(0);
            refuseLinks(byPath, root);

            // Reading the marker file first tells which other files belong to the folder (city.yaml names the maps).
            String markerPath = root + ContentLayout.MARKER_FILE;
            String markerText = null;
            if (byPath.containsKey(markerPath) && byPath.get(markerPath).size() == 1) {
                markerText = take(ContentLayout.MARKER_FILE, byPath.remove(markerPath).get(0)).orElse(null);
            }
            ContentLayout layout = ContentLayout.of(markerText);
            if (unpacked + declaredSize(byPath, root, layout) > limits.maxTotalBytes()) {
                return UploadedArchive.unreadable(tooLargeInAll());
            }
            for (Map.Entry<String, List<ZipEntry>> entry : byPath.entrySet()) {
                if (unpacked > limits.maxTotalBytes()) {
                    break;
                }
                sort(entry.getKey(), entry.getValue(), root, layout);
            }
            if (unpacked > limits.maxTotalBytes()) {
                return UploadedArchive.unreadable(tooLargeInAll());
            }
            ignoredOutside.forEach((path, count) ->
                    otherEntries.add(new FileReport(path, FileStatus.IGNORED, ignoredNote(count), List.of())));
            if (files.isEmpty() && refused.isEmpty()) {
                return new UploadedArchive(false, root, files, refused, ignored, otherEntries, List.of(new ContentProblem("",
                        0, "", StaffWording.of("content.archive.whole.noContentFolder", "marker", ContentLayout.MARKER_FILE))));
            }
            return new UploadedArchive(true, root, files, refused, ignored, otherEntries, List.of());
        }

        private StaffWording tooLargeInAll() {
            return StaffWording.of("content.archive.whole.tooLargeUnpacked",
                    "size", ArchiveLimits.sizeWording(limits.maxTotalBytes()));
        }

        /**
         * Takes every symbolic link out of the files to read: a link in the content folder is refused on its file,
         * any other on its entry, so an archive holding one is never acceptable.
         */
        private void refuseLinks(Map<String, List<ZipEntry>> byPath, String root) {
            for (Iterator<Map.Entry<String, List<ZipEntry>>> paths = byPath.entrySet().iterator(); paths.hasNext(); ) {
                Map.Entry<String, List<ZipEntry>> path = paths.next();
                if (path.getValue().stream().noneMatch(entry -> links.contains(entry.getName()))) {
                    continue;
                }
                paths.remove();
                if (path.getKey().startsWith(root) && ArchivePaths.systemPart(path.getKey()).isEmpty()) {
                    refuse(path.getKey().substring(root.length()), LINK_WORDING);
                } else {
                    otherEntries.add(new FileReport(path.getKey(), FileStatus.REFUSED, null,
                            List.of(new ReportedProblem(new ContentProblem(path.getKey(), 0, "", LINK_WORDING)))));
                }
            }
        }

        /**
         * What the content files would take once unpacked, by the sizes the archive declares (each counted up to
         * one byte over the file limit, as reading it would): checked before anything is inflated. The declared
         * sizes may lie; reading never takes more than the limits whatever they say.
         */
        private long declaredSize(Map<String, List<ZipEntry>> byPath, String root, ContentLayout layout) {
            long total = 0;
            for (Map.Entry<String, List<ZipEntry>> path : byPath.entrySet()) {
                String name = path.getKey();
                if (path.getValue().size() == 1 && name.startsWith(root) && ArchivePaths.systemPart(name).isEmpty()
                        && layout.contains(name.substring(root.length()))) {
                    long size = path.getValue().get(0).getSize();
                    total += size < 0 ? 0 : Math.min(size, limits.maxFileBytes() + 1);
                }
            }
            return total;
        }

        /** The files by their safe name, each with every entry of that name; unsafe names become refused rows. */
        private Map<String, List<ZipEntry>> filesByPath() {
            Map<String, List<ZipEntry>> byPath = new LinkedHashMap<>();
            List<String> unsafe = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                Optional<String> path = ArchivePaths.safe(entry.getName());
                if (path.isEmpty()) {
                    unsafe.add(entry.getName());
                } else if (!path.get().isEmpty()) {
                    byPath.computeIfAbsent(path.get(), p -> new ArrayList<>()).add(entry);
                }
            }
            unsafe.stream().sorted().forEach(name -> otherEntries.add(new FileReport(name, FileStatus.REFUSED, null,
                    List.of(new ReportedProblem(new ContentProblem(name, 0, "",
                            StaffWording.of("content.archive.unsafePath")))))));
            return byPath;
        }

        /**
         * Where the content folder is: the folder of the shallowest city.yaml ("content/", "" or "any-name/"). Several
         * at the same depth are several cities; none, and the single top folder every file lies in is taken (what a
         * city gets when zipping its checkout folder), or the top, so that the reader can say what is missing.
         */
        private List<String> contentFolders(Set<String> paths) {
            List<String> ordinary = paths.stream().filter(p -> ArchivePaths.systemPart(p).isEmpty()).toList();
            String marker = ContentLayout.MARKER_FILE;
            List<String> markers = ordinary.stream().filter(p -> p.equals(marker) || p.endsWith("/" + marker)).toList();
            if (markers.isEmpty()) {
                return List.of(commonTopFolder(ordinary));
            }
            int shallowest = markers.stream().mapToInt(ArchivePaths::depth).min().orElseThrow();
            return markers.stream().filter(p -> ArchivePaths.depth(p) == shallowest)
                    .map(p -> p.substring(0, p.length() - marker.length())).sorted().toList();
        }

        /** Takes a file of the content folder, or notes it as ignored or refused. */
        private void sort(String path, List<ZipEntry> entries, String root, ContentLayout layout) throws IOException {
            Optional<String> system = ArchivePaths.systemPart(path);
            if (system.isPresent()) {
                countIgnored(system.get(), root);
            } else if (!path.startsWith(root)) {
                ignoredOutside.merge(path, 1, Integer::sum);
            } else {
                String relative = path.substring(root.length());
                if (!layout.contains(relative)) {
                    ignored.merge(relative, 1, Integer::sum);
                } else if (entries.size() > 1) {
                    refuse(relative, StaffWording.of("content.archive.twice", "count", entries.size()));
                } else {
                    take(relative, entries.get(0));
                }
            }
        }

        /** Ignored system files are counted per folder: {@code .git/} once, not its thousands of objects. */
        private void countIgnored(String systemPart, String root) {
            if (systemPart.startsWith(root)) {
                ignored.merge(systemPart.substring(root.length()), 1, Integer::sum);
            } else {
                ignoredOutside.merge(systemPart, 1, Integer::sum);
            }
        }

        /**
         * Unpacks one content file within the limits and decodes it, or notes why it cannot be taken. Reads at most
         * one byte more than allowed: the sizes an archive declares are not trusted.
         */
        private Optional<String> take(String relative, ZipEntry entry) throws IOException {
            // What the archive declares is checked before inflating anything: a bomb is refused unopened.
            if (entry.getSize() > limits.maxFileBytes()) {
                // Counted as reading it would have counted it (one byte over the limit), so the total reads the same.
                unpacked += limits.maxFileBytes() + 1;
                refuse(relative, tooLarge());
                return Optional.empty();
            }
            long packed = entry.getCompressedSize();
            long ratioCap = packed < 0 ? Long.MAX_VALUE
                    : Math.max(ArchiveLimits.RATIO_FLOOR, packed * limits.maxRatio());
            if (entry.getSize() > ratioCap) {
                refuse(relative, packedTooWell());
                return Optional.empty();
            }
            long allowed = Math.min(limits.maxFileBytes(), limits.maxTotalBytes() - unpacked);
            long cap = Math.min(allowed, ratioCap);
            byte[] bytes;
            try (InputStream in = zip.getInputStream(entry)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            } catch (IOException e) {
                // A damaged entry (bad CRC, truncated data) spoils only itself: report it with the others.
                refuse(relative, StaffWording.of("content.archive.damaged"));
                return Optional.empty();
            }
            unpacked += bytes.length;
            if (bytes.length > cap) {
                // The sizes the archive declared were wrong: the bytes themselves went over a limit.
                if (bytes.length > limits.maxFileBytes()) {
                    refuse(relative, tooLarge());
                } else if (bytes.length > ratioCap) {
                    refuse(relative, packedTooWell());
                }
                return Optional.empty();
            }
            if (BinaryFiles.isBinary(relative)) {
                String stored = BinaryFiles.toStored(bytes);
                files.put(relative, stored);
                return Optional.of(stored);
            }
            Optional<String> text = utf8(bytes);
            if (text.isEmpty()) {
                refuse(relative, NOT_UTF8);
            } else {
                files.put(relative, text.get());
            }
            return text;
        }

        private StaffWording tooLarge() {
            return StaffWording.of("content.archive.tooLarge", "size", ArchiveLimits.sizeWording(limits.maxFileBytes()));
        }

        private StaffWording packedTooWell() {
            return StaffWording.of("content.archive.packedTooWell", "ratio", limits.maxRatio());
        }

        private void refuse(String relative, StaffWording wording) {
            refused.computeIfAbsent(relative, p -> new ArrayList<>()).add(new ContentProblem(relative, 0, "", wording));
        }
    }

    static StaffWording ignoredNote(int files) {
        return StaffWording.of("content.archive.ignored", "files", files);
    }

    /** The single top folder every file lies in, or "" for the archive's top. */
    private static String commonTopFolder(List<String> paths) {
        if (paths.isEmpty() || paths.stream().anyMatch(p -> !p.contains("/"))) {
            return "";
        }
        String top = paths.get(0).substring(0, paths.get(0).indexOf('/') + 1);
        return paths.stream().allMatch(p -> p.startsWith(top)) ? top : "";
    }

    /**
     * The text of a file that must be UTF-8, without a byte-order mark and with Windows line ends made plain, so that
     * a file saved by Notepad or checked out by git on Windows is not "changed" when only its line ends differ.
     */
    static Optional<String> utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n"));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
