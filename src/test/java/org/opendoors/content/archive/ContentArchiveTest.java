package org.opendoors.content.archive;

import org.junit.jupiter.api.Test;
import org.opendoors.testing.Zips;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opendoors.content.archive.ArchiveFixtures.entries;
import static org.opendoors.content.archive.ArchiveFixtures.smallCity;
import static org.opendoors.content.archive.ArchiveFixtures.zip;

class ContentArchiveTest {

    private static final String LA_PROVA_CA = "schools/escola-la-prova/ca.yaml";
    private static final String MIRADOR_CA = "schools/institut-el-mirador/ca.yaml";

    private final ContentArchive archive = new ContentArchive();
    private final Map<String, String> city = smallCity();

    /** The sample city's own round trip runs in BackOfficeIT, through the real import page. */
    @Test
    void aCityExportedAndImportedBackIsUnchangedAndAcceptable() throws IOException {
        ImportReport report = check(city, archive.zip(city));

        assertTrue(report.isAcceptable(), report.toText());
        assertEquals("content/", report.getContentFolder());
        assertEquals(city.size(), report.count(FileStatus.UNCHANGED));
        assertEquals(city.size(), report.getFiles().size());
        assertEquals(List.of(), report.getFilesToReview());
        assertEquals(city, report.filesToApply());
    }

    @Test
    void aPhotoTravelsAsItsOwnBytesAndIsKeptAsText() throws Exception {
        java.awt.image.BufferedImage drawing = new java.awt.image.BufferedImage(800, 600,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(drawing, "png", png);
        byte[] photo = org.opendoors.content.media.PhotoPreparation.prepare(png.toByteArray()).jpeg();
        Map<String, String> withPhoto = new TreeMap<>(city);
        withPhoto.put("schools/escola-la-prova/photos/garden.jpg", org.opendoors.content.reader.BinaryFiles.toStored(photo));
        withPhoto.put(LA_PROVA_CA, city.get(LA_PROVA_CA) + "photos:\n  - id: garden\n    alt: L'hort de l'escola.\n");

        byte[] exported = archive.zip(withPhoto);
        Map<String, byte[]> unpacked = new TreeMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(exported))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                unpacked.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertArrayEquals(photo, unpacked.get("content/schools/escola-la-prova/photos/garden.jpg"), "the photo's own bytes");

        ImportReport report = check(city, exported);
        assertTrue(report.isAcceptable(), report.toText());
        assertEquals(FileStatus.ADDED, report.file("schools/escola-la-prova/photos/garden.jpg").getStatus());
        assertEquals(withPhoto, report.filesToApply());
    }

    @Test
    void exportRefusesAPathThatWouldLeaveTheFolder() {
        assertThrows(IllegalArgumentException.class, () -> archive.zip(Map.of("../city.yaml", "name: x\n")));
    }

    @Test
    void aChangedCatalanTextIsTheOnlyChangedFile() throws IOException {
        Map<String, String> edited = new TreeMap<>(city);
        edited.put(LA_PROVA_CA, city.get(LA_PROVA_CA).replace("Una escola de prova amb hort.",
                "Una escola de prova amb hort i galliner."));

        ImportReport report = check(city, archive.zip(edited));

        assertTrue(report.isAcceptable(), report.toText());
        assertEquals(List.of(LA_PROVA_CA), report.getFilesToReview().stream().map(FileReport::getPath).toList());
        assertEquals(FileStatus.CHANGED, report.file(LA_PROVA_CA).getStatus());
        assertEquals(city.size() - 1, report.count(FileStatus.UNCHANGED));
        // Every status is counted, 0 included: the back office's report read "Added , removed ," before.
        assertEquals(Map.of("added", 0, "changed", 1, "unchanged", city.size() - 1, "removed", 0, "ignored", 0,
                "refused", 0), report.getCounts());
        assertEquals(edited, report.filesToApply());
    }

    @Test
    void stigmatizingSentencesAreRefusedOnTheirFileWithLineFieldAndRule() throws IOException {
        Map<String, String> edited = new TreeMap<>(city);
        String russian = "schools/escola-la-prova/ru.yaml";
        edited.put(russian, """
                summary: Школа с огородом.
                pedagogical_project: Мы учимся через проекты.
                diversity_inclusion: |
                  Семьи говорят на четырёх языках.

                  Это самая популярная школа района.
                daily_life: С 9:00 до 16:30.
                costs_aid: Школа бесплатная.
                """);
        String arabic = "schools/escola-la-prova/ar.yaml";
        edited.put(arabic, city.get(arabic).replace("مدرسة تجريبية فيها حديقة.", "نحن أفضل مدرسة في Vallmar."));

        ImportReport report = check(city, archive.zip(edited));

        assertFalse(report.isAcceptable());
        FileReport added = report.file(russian);
        assertEquals(FileStatus.REFUSED, added.getStatus());
        assertEquals(FileStatus.ADDED, added.getChange());
        // "The most popular school of the district" is a demand and a ranking: each category is named.
        ReportedProblem problem = added.getProblems().stream().filter(p -> p.getRule().startsWith("demand: "))
                .findFirst().orElseThrow(() -> new AssertionError(report.toText()));
        assertEquals(6, problem.getLine());
        assertEquals("diversity_inclusion", problem.getField());
        assertEquals("ru", problem.getLanguage());
        assertTrue(problem.getPhrase().toLowerCase(Locale.ROOT).contains("популярная"), problem.getPhrase());
        FileReport changed = report.file(arabic);
        assertEquals(FileStatus.REFUSED, changed.getStatus());
        assertEquals(FileStatus.CHANGED, changed.getChange());
        assertEquals("summary", changed.getProblems().get(0).getField());
        assertEquals(1, changed.getProblems().get(0).getLine());
        assertThrows(IllegalStateException.class, report::filesToApply);
        assertEquals(added.getProblems().size() + changed.getProblems().size(), report.getProblemCount(), report.toText());
        assertTrue(report.toText().startsWith("The import is refused: " + report.getProblemCount()
                + " problem(s); nothing is changed."), report.toText());
    }

    @Test
    void aBrokenYamlFileIsRefusedWithItsLine() throws IOException {
        Map<String, String> edited = new TreeMap<>(city);
        edited.put(MIRADOR_CA, city.get(MIRADOR_CA).replace("daily_life: De 8:00 a 14:30.", "daily_life: [De 8:00"));

        ImportReport report = check(city, archive.zip(edited));

        FileReport file = report.file(MIRADOR_CA);
        assertEquals(FileStatus.REFUSED, file.getStatus());
        assertEquals(1, file.getProblems().size(), report.toText());
        assertTrue(file.getProblems().get(0).getMessage().startsWith("is not valid YAML"));
        assertTrue(file.getProblems().get(0).getLine() >= 4, report.toText());
        assertEquals(1, report.getProblemCount());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedOnceNotAlsoReportedMissing() throws IOException {
        Map<String, byte[]> entries = entries("content/", city);
        entries.put("content/" + MIRADOR_CA, "summary: Un institut amb música\n".getBytes(StandardCharsets.ISO_8859_1));

        ImportReport report = check(city, zip(entries));

        FileReport file = report.file(MIRADOR_CA);
        assertEquals(FileStatus.REFUSED, file.getStatus());
        assertEquals(List.of("is not saved as UTF-8"), messages(file));
        assertEquals(1, report.getProblemCount(), report.toText());
    }

    @Test
    void entriesThatWouldLeaveTheFolderAreRefused() throws IOException {
        Map<String, byte[]> entries = entries("content/", city);
        entries.put("../../etc/x", "owned".getBytes(StandardCharsets.UTF_8));
        entries.put("/etc/passwd", "owned".getBytes(StandardCharsets.UTF_8));
        entries.put("content/..\\..\\x.yaml", "owned".getBytes(StandardCharsets.UTF_8));
        entries.put("C:/Windows/x", "owned".getBytes(StandardCharsets.UTF_8));

        ImportReport report = check(city, zip(entries));

        assertFalse(report.isAcceptable());
        assertEquals(List.of("../../etc/x", "/etc/passwd", "C:/Windows/x", "content/..\\..\\x.yaml"),
                report.getFilesToReview().stream().map(FileReport::getPath).toList());
        report.getFilesToReview().forEach(file -> assertEquals(FileStatus.REFUSED, file.getStatus()));
        assertTrue(messages(report.file("../../etc/x")).get(0).startsWith("leaves the folder it is unpacked into"));
        assertEquals(city.size(), report.count(FileStatus.UNCHANGED));
    }

    @Test
    void aDuplicateEntryIsRefusedWithoutBeingReportedMissing() throws IOException {
        Map<String, byte[]> entries = entries("content/", city);
        byte[] zip = ArchiveFixtures.zipWithDuplicate(entries, "content/" + MIRADOR_CA,
                "content/schools/institut-el-mirador/ca.yaml".replace("ca.yaml", "xx.yaml"));

        ImportReport report = check(city, zip);

        FileReport file = report.file(MIRADOR_CA);
        assertEquals(FileStatus.REFUSED, file.getStatus());
        assertEquals(List.of("appears 2 times in the archive; keep one"), messages(file));
        assertEquals(1, report.getProblemCount(), report.toText());
    }

    @Test
    void anUploadThatIsNotAZipGivesOneClearError() throws IOException {
        for (byte[] upload : List.of("name: Vallmar\n".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            ImportReport report = check(city, upload);

            assertFalse(report.isAcceptable());
            assertEquals(List.of(), report.getFiles());
            assertEquals(1, report.getGeneralProblems().size());
            assertTrue(report.getGeneralProblems().get(0).getMessage().startsWith("The upload is not a zip archive"),
                    report.toText());
        }
    }

    @Test
    void anArchiveWhoseNamesAreNotUtf8IsRefusedClearly() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.ISO_8859_1)) {
            zip.putNextEntry(new ZipEntry("content/caf\u00e9.txt"));
            zip.closeEntry();
        }

        ImportReport report = check(city, bytes.toByteArray());

        assertEquals(1, report.getProblemCount());
        assertTrue(report.getGeneralProblems().get(0).getMessage().startsWith("The upload is not a zip archive, or a damaged one"));
    }

    @Test
    void anArchiveOverTheLimitsIsRefusedWithoutUnpackingIt() throws IOException {
        byte[] bomb = zip(Map.of("content/city.yaml", new byte[1024 * 1024]));
        assertTrue(bomb.length < 5_000, bomb.length + " bytes");

        ImportReport tooLargeFile = check(new ArchiveLimits(10_000, 100, 1_000_000, 16_000), bomb);
        assertEquals(List.of("is larger than 16000 bytes once unpacked"), messages(tooLargeFile.file("city.yaml")));

        ImportReport tooLargeInAll = check(new ArchiveLimits(10_000, 100, 16_000, 16_000), bomb);
        assertEquals(List.of("The content files of the archive are larger than 16000 bytes once unpacked; nothing was read."),
                tooLargeInAll.getGeneralProblems().stream().map(ReportedProblem::getMessage).toList());
        assertEquals(List.of(), tooLargeInAll.getFiles());

        ImportReport tooLargeUpload = check(new ArchiveLimits(1_000, 100, 1_000_000, 1_000_000), bomb);
        assertTrue(tooLargeUpload.getGeneralProblems().get(0).getMessage().startsWith("The archive is larger than 1000 bytes"));

        // Sizes far above the city's (the guard's examples alone are a few megabytes): only the count is over.
        ImportReport tooManyEntries = check(new ArchiveLimits(100_000_000, 10, 100_000_000, 100_000_000),
                zip(entries("content/", city)));
        assertTrue(tooManyEntries.getGeneralProblems().get(0).getMessage()
                .startsWith("The archive holds " + city.size() + " entries; at most 10 are read."), tooManyEntries.toText());
    }

    @Test
    void symbolicLinksAreRefusedAndNeverReadWhereverTheyAre() throws IOException {
        Map<String, byte[]> entries = entries("content/", city);
        entries.put("content/districts.geojson", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        entries.put("content/schools/escola-la-prova/ca.yaml", "../../../../etc/hostname".getBytes(StandardCharsets.UTF_8));
        entries.put("content/notes/passwd", "/etc/passwd".getBytes(StandardCharsets.UTF_8));
        entries.put("content/.git/config", "/root/.gitconfig".getBytes(StandardCharsets.UTF_8));
        byte[] zip = Zips.withLinks(zip(entries), "content/districts.geojson", "content/schools/escola-la-prova/ca.yaml",
                "content/notes/passwd", "content/.git/config");

        ImportReport report = check(city, zip);

        assertFalse(report.isAcceptable());
        assertEquals(FileStatus.REFUSED, report.file("districts.geojson").getStatus());
        // The outlines it should have held are then missing: the reader says so after the refusal.
        assertEquals(ArchiveReader.LINK, messages(report.file("districts.geojson")).get(0));
        assertEquals(List.of(ArchiveReader.LINK), messages(report.file(LA_PROVA_CA)));
        assertEquals(List.of(ArchiveReader.LINK), messages(report.file("notes/passwd")));
        assertEquals(List.of(ArchiveReader.LINK), messages(report.file("content/.git/config")));
        assertFalse(report.toText().contains("/etc/passwd"), report.toText());
        assertFalse(report.toText().contains("hostname"), report.toText());
    }

    @Test
    void aFilePackedLikeABombIsRefusedUnopenedEvenWithinTheSizeLimits() throws IOException {
        Map<String, byte[]> entries = entries("content/", city);
        entries.put("content/guide/en.yaml", new byte[8 * 1024 * 1024]);
        byte[] bomb = zip(entries);
        String packedTooWell = "is packed more than 100 times smaller than its text, which no content file is: "
                + "refused unopened as a possible zip bomb";

        ImportReport declared = check(city, bomb);
        assertEquals(List.of(packedTooWell), messages(declared.file("guide/en.yaml")));

        // A bomb lying about its size is caught by the bytes it unpacks, stopped at the ratio.
        ImportReport lying = check(city, Zips.declaringSize(bomb, "content/guide/en.yaml", 1_000));
        assertEquals(List.of(packedTooWell), messages(lying.file("guide/en.yaml")));

        // Vallmar's files pack at most 8 times smaller (its sample round trip is acceptable); a big one of text is read.
        Map<String, byte[]> big = entries("content/", city);
        big.put("content/README.md", Files.readString(Path.of("content/guard/ar.yaml")).repeat(3).getBytes(StandardCharsets.UTF_8));
        assertTrue(check(city, zip(big)).file("README.md").getProblems().isEmpty());
    }

    @Test
    void theDeclaredSizesOfAllContentFilesAreCheckedBeforeAnyIsUnpacked() throws IOException {
        Map<String, byte[]> entries = entries("content/", city);
        for (int i = 0; i < 8; i++) {
            entries.put("content/schools/escola-" + i + "/ca.yaml", new byte[60_000]);
        }
        ImportReport report = check(new ArchiveLimits(10_000_000, 1_000, 400_000, 100_000), zip(entries));

        assertEquals(List.of("The content files of the archive are larger than 400000 bytes once unpacked; nothing was read."),
                report.getGeneralProblems().stream().map(ReportedProblem::getMessage).toList());
    }

    @Test
    void aRemovedSchoolFolderIsReportedRemovedAndTheCatchmentAreaNamingItRefused() throws IOException {
        Map<String, String> edited = new TreeMap<>(city);
        edited.keySet().removeIf(path -> path.startsWith("schools/institut-el-mirador/"));

        ImportReport report = check(city, archive.zip(edited));

        assertEquals(FileStatus.REMOVED, report.file(MIRADOR_CA).getStatus());
        assertEquals(FileStatus.REMOVED, report.file("schools/institut-el-mirador/school.yaml").getStatus());
        FileReport catchments = report.file("catchments.geojson");
        assertEquals(FileStatus.REFUSED, catchments.getStatus());
        assertEquals(FileStatus.UNCHANGED, catchments.getChange());
        assertEquals(List.of("catchments.geojson:4: features[1].properties.schools: 'institut-el-mirador' is not a school in schools/",
                        "catchments.geojson:6: features[2].properties.schools: 'institut-el-mirador' is not a school in schools/"),
                catchments.getProblems().stream().map(ReportedProblem::toString).toList());
        assertEquals(2, report.getProblemCount(), report.toText());
    }

    @Test
    void filesOutsideTheLayoutAreIgnoredWithoutStoppingTheImport() throws IOException {
        Map<String, byte[]> entries = entries("content/", city);
        entries.put("content/notes.txt", "to do".getBytes(StandardCharsets.UTF_8));
        entries.put("content/school.yaml", "name: x\n".getBytes(StandardCharsets.UTF_8));
        entries.put("content/schools/escola-la-prova/pictures/front.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8});
        entries.put("content/schools/escola-la-prova/._ca.yaml", new byte[]{0, 5, 22, 7});
        entries.put("content/old.geojson", "{}".getBytes(StandardCharsets.UTF_8));
        entries.put("README.md", "# Our city".getBytes(StandardCharsets.UTF_8));

        ImportReport report = check(city, zip(entries));

        assertTrue(report.isAcceptable(), report.toText());
        assertEquals(List.of("notes.txt", "old.geojson", "school.yaml", "schools/escola-la-prova/._ca.yaml",
                        "schools/escola-la-prova/pictures/front.jpg", "README.md"),
                report.getFilesToReview().stream().map(FileReport::getPath).toList());
        report.getFilesToReview().forEach(file -> assertEquals(FileStatus.IGNORED, file.getStatus()));
        assertEquals("not part of a content folder", report.file("notes.txt").getNote());
        assertEquals(city, report.filesToApply());
    }

    @Test
    void anOutlineFileCityYamlNoLongerNamesIsRemovedThoughTheArchiveHoldsIt() throws IOException {
        Map<String, String> edited = new TreeMap<>(city);
        edited.put("city.yaml", city.get("city.yaml").replace("catchment_areas: catchments.geojson\n", ""));

        ImportReport report = check(city, archive.zip(edited));

        assertTrue(report.isAcceptable(), report.toText());
        FileReport catchments = report.file("catchments.geojson");
        assertEquals(FileStatus.REMOVED, catchments.getStatus());
        assertEquals("the archive's copy is not part of a content folder", catchments.getNote());
        assertFalse(report.filesToApply().containsKey("catchments.geojson"));
    }

    @Test
    void aZippedCheckoutFolderIsReadWithItsGitFolderAndWindowsLineEndsIgnored() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        city.forEach((path, text) -> entries.put("vallmar-content/" + path,
                ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8)));
        entries.put("vallmar-content/.git/HEAD", "ref: refs/heads/main\n".getBytes(StandardCharsets.UTF_8));
        entries.put("vallmar-content/.git/objects/ab/cdef", new byte[]{1, 2, 3});
        entries.put("__MACOSX/vallmar-content/._city.yaml", new byte[]{0, 5, 22, 7});

        ImportReport report = check(city, zip(entries));

        assertTrue(report.isAcceptable(), report.toText());
        assertEquals("vallmar-content/", report.getContentFolder());
        assertEquals(city.size(), report.count(FileStatus.UNCHANGED));
        assertEquals(List.of(".git/", "__MACOSX/"), report.getFilesToReview().stream().map(FileReport::getPath).toList());
        assertEquals("not part of a content folder (2 files)", report.file(".git/").getNote());
    }

    @Test
    void aContentFolderAtTheTopOfTheArchiveIsReadToo() throws IOException {
        ImportReport report = check(city, zip(entries("", city)));

        assertTrue(report.isAcceptable(), report.toText());
        assertEquals("", report.getContentFolder());
        assertEquals(city.size(), report.count(FileStatus.UNCHANGED));
    }

    @Test
    void anArchiveWithTwoCitiesOrNoneIsRefusedAsAWhole() throws IOException {
        Map<String, byte[]> two = entries("one/", city);
        two.putAll(entries("two/", city));
        ImportReport twoCities = check(city, zip(two));
        assertEquals(List.of("The archive holds more than one content folder (a city.yaml in each of: one/, two/);"
                + " upload one city at a time."), twoCities.getGeneralProblems().stream().map(ReportedProblem::toString).toList());

        ImportReport none = check(city, zip(Map.of("photos/school.jpg", new byte[]{1})));
        assertFalse(none.isAcceptable());
        assertTrue(none.getGeneralProblems().get(0).getMessage().startsWith("The archive holds no file of a content folder"));
        assertEquals(List.of("school.jpg"), none.getFiles().stream().map(FileReport::getPath).toList());
    }

    @Test
    void aMissingCityFileAndRemovedFilesAreReported() throws IOException {
        Map<String, String> edited = new TreeMap<>(city);
        edited.remove("city.yaml");

        Map<String, String> current = new TreeMap<>(city);
        current.put("README.md", "# Provatown\n");

        ImportReport report = check(current, archive.zip(edited));

        assertEquals(FileStatus.REMOVED, report.file("README.md").getStatus());
        FileReport cityFile = report.file("city.yaml");
        assertEquals(FileStatus.REFUSED, cityFile.getStatus());
        assertEquals(FileStatus.REMOVED, cityFile.getChange());
        assertEquals(List.of("is missing"), messages(cityFile));
        String text = report.toText();
        assertTrue(text.contains("\nrefused   city.yaml (removed)\n          is missing\n"), text);
        assertTrue(text.contains("\nremoved   README.md\n"), text);
    }

    private ImportReport check(Map<String, String> current, byte[] upload) throws IOException {
        try (InputStream in = new ByteArrayInputStream(upload)) {
            return archive.check(current, in);
        }
    }

    private ImportReport check(ArchiveLimits limits, byte[] upload) throws IOException {
        try (InputStream in = new ByteArrayInputStream(upload)) {
            return new ContentArchive(limits).check(city, in);
        }
    }

    private static List<String> messages(FileReport file) {
        return file.getProblems().stream().map(ReportedProblem::getMessage).toList();
    }
}
