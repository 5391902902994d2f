package org.opendoors.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.city.domain.Stage;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.guide.domain.GuideEditions;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.school.domain.SchoolService;
import org.opendoors.school.domain.TextSection;
import org.opendoors.targeting.domain.TargetedBlocks;
import org.opendoors.testing.Folders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentFolderReaderTest {

    private static final Path GOOD = Path.of("src/test/resources/content/good");
    private static final String LA_PROVA = "schools/escola-la-prova/school.yaml";

    @TempDir
    Path folder;

    @Test
    void readsAGoodFolderWithEveryFact() throws Exception {
        CityContent content = ContentFolderReader.read(GOOD);

        assertEquals("Provatown", content.part(CityDescription.class).city().getName());
        assertEquals("ca", content.part(CityDescription.class).city().getSourceLanguage());
        assertEquals(List.of("centre", "nord"), content.part(CityDescription.class).districts().stream().map(d -> d.getId()).toList());
        assertTrue(content.part(CityDescription.class).districts().get(1).getOutline().startsWith("{\"type\":\"MultiPolygon\""));
        assertEquals(3, content.part(CityDescription.class).stages().size());
        assertEquals("Europe/Madrid", content.part(CityDescription.class).city().getZone().getId());
        assertEquals(List.of("La Plaça", "El Mercat"), content.part(CityDescription.class).districts().get(0).getNeighbourhoodNames());
        assertEquals(41.06, content.part(CityDescription.class).districts().get(0).getNeighbourhoods().get(1).location().orElseThrow()[0]);
        assertEquals(2, content.part(SchoolCatalog.class).catchmentAreas().size());
        var south = content.part(SchoolCatalog.class).catchmentAreas().stream().filter(a -> a.getId().equals("south")).findFirst().orElseThrow();
        assertEquals(Set.of("escola-la-prova", "institut-el-mirador"), south.getSchoolSlugs());
        assertTrue(south.contains(41.05, 2.05));
        assertTrue(!south.contains(41.15, 2.05));
        assertEquals(LocalDate.of(2027, 3, 20), content.part(CityDescription.class).calendar().get(0).getEndsOn());
        assertEquals("Applications", content.part(CityDescription.class).calendar().get(0).titleIn("en").orElseThrow());

        assertEquals(List.of("ca", "en"), content.part(GuideEditions.class).editions().stream().map(g -> g.getLanguage()).toList());
        assertEquals("applications", content.part(GuideEditions.class).editions().get(1).getSteps().get(0).getCalendarStep());
        assertEquals(List.of("ID or passport", "The padró certificate"), content.part(GuideEditions.class).editions().get(1).getDocuments());
        assertEquals("Is diversity an obstacle to learning?", content.part(GuideEditions.class).editions().get(1).getQuestions().get(0).getHeading());
        assertEquals(1, content.part(TargetedBlocks.class).blocks().size());
        assertEquals(Boolean.TRUE, content.part(TargetedBlocks.class).blocks().get(0).getAudience().getNewcomer().orElseThrow());
        assertEquals("Welcome", content.part(TargetedBlocks.class).blocks().get(0).textFor("en", "ca").orElseThrow().value().getTitle());

        School school = content.part(SchoolCatalog.class).schools().stream().filter(s -> s.getSlug().equals("escola-la-prova")).findFirst().orElseThrow();
        assertEquals("Escola La Prova", school.getName());
        assertEquals("08001", school.getPostcode());
        assertEquals(Ownership.PUBLIC, school.getOwnership());
        assertEquals(Set.of(Stage.INFANT, Stage.PRIMARY), school.getStages());
        assertEquals(Set.of(SchoolService.MEALS, SchoolService.WELCOME_CLASS), school.getServices());
        assertEquals(List.of("ca", "es", "ar", "tl"), school.getCommunityLanguages());
        // An unquoted 17:00 is still a time, whatever YAML 1.1 makes of it.
        assertEquals(LocalTime.of(17, 0), school.getOpenDays().get(1).getStartsAt());
        assertEquals(Set.of("ca", "ar"), school.getTextLanguages());
        assertTrue(school.textsIn("ca").orElseThrow().get(TextSection.PEDAGOGICAL_PROJECT).contains("- L'hort"));
        assertEquals("https://laprova.provatown.example", school.getContact().getWebsite().orElseThrow());
    }

    @Test
    void refusesScoresAndSaysWhy() throws IOException {
        copyGood();
        append(LA_PROVA, "test_scores: 7.5\n");

        ContentProblem problem = onlyProblem();
        assertEquals(LA_PROVA, problem.file());
        assertEquals(22, problem.line());
        assertEquals("test_scores", problem.field());
        assertTrue(problem.message().contains("never publishes test or exam results"), problem.message());
    }

    @Test
    void refusesRankingsDemandAndCompositionAtAnyDepth() throws IOException {
        copyGood();
        append(LA_PROVA, "ranking_position: 3\nstats:\n  share_of_migrant_pupils: 40\n");
        replace("schools/institut-el-mirador/school.yaml", "contact:", "oversubscription: 2.1\ncontact:");

        List<ContentProblem> problems = problems();
        assertEquals(List.of("ranking_position", "stats", "oversubscription"),
                problems.stream().map(ContentProblem::field).toList());
        assertTrue(problems.get(0).message().contains("never ranks schools"));
        assertTrue(problems.get(2).message().contains("demand"));
    }

    @Test
    void refusesAnUnknownFieldListingTheAllowedOnes() throws IOException {
        copyGood();
        replace(LA_PROVA, "facilities:", "facilites:");

        ContentProblem problem = onlyProblem();
        assertEquals("facilites", problem.field());
        assertTrue(problem.message().startsWith("unknown field; expected one of:"));
        assertTrue(problem.message().contains("facilities"));
    }

    @Test
    void reportsAYamlSyntaxErrorWithItsLine() throws IOException {
        copyGood();
        replace(LA_PROVA, "stages: [infant, primary]", "stages: [infant, primary");

        ContentProblem problem = onlyProblem();
        assertEquals(LA_PROVA, problem.file());
        assertTrue(problem.message().startsWith("is not valid YAML"), problem.message());
        assertTrue(problem.line() >= 8, "line " + problem.line());
    }

    @Test
    void refusesUnknownCodesNamingTheAllowedOnes() throws IOException {
        copyGood();
        replace(LA_PROVA, "services: [meals, welcome_class]", "services: [meals, swimming_pool]");
        replace(LA_PROVA, "stages: [infant, primary]", "stages: [infant, university]");

        List<ContentProblem> problems = problems();
        assertEquals(2, problems.size());
        assertEquals("stages", problems.get(0).field());
        assertEquals(8, problems.get(0).line());
        assertTrue(problems.get(1).message().contains("'swimming_pool' is not known; use one of: meals, extended_hours"));
    }

    @Test
    void refusesMalformedValues() throws IOException {
        copyGood();
        replace(LA_PROVA, "start: \"10:00\"", "start: \"25:00\"");
        replace(LA_PROVA, "date: 2027-02-06", "date: 2027-02-30");
        replace(LA_PROVA, "lat: 41.05", "lat: north");
        replace(LA_PROVA, "email: laprova@", "email: laprova-at-");
        replace(LA_PROVA, "[ca, es, ar, tl]", "[ca, es, ar, xx]");

        List<String> fields = problems().stream().map(ContentProblem::field).toList();
        assertEquals(5, fields.size(), fields.toString());
        assertEquals(Set.of("location.lat", "community_languages", "open_days[1].date", "open_days[1].start",
                "contact.email"), Set.copyOf(fields));
    }

    @Test
    void refusesASchoolOutsideItsDistrict() throws IOException {
        copyGood();
        replace(LA_PROVA, "location: {lat: 41.05, lon: 2.05}", "location: {lat: 41.15, lon: 2.05}");

        ContentProblem problem = onlyProblem();
        assertEquals("location", problem.field());
        assertEquals("lies outside the outline of district 'centre'", problem.message());
    }

    @Test
    void refusesASchoolWithoutTextsInTheSourceLanguage() throws IOException {
        copyGood();
        Files.delete(folder.resolve("schools/institut-el-mirador/ca.yaml"));

        ContentProblem problem = onlyProblem();
        assertEquals("schools/institut-el-mirador/ca.yaml", problem.file());
        assertTrue(problem.message().contains("source language"));
    }

    @Test
    void refusesTextsInALanguageThePortalDoesNotSpeakAndEmptySections() throws IOException {
        copyGood();
        Files.writeString(folder.resolve("schools/institut-el-mirador/de.yaml"), "summary: Hallo\n");
        replace("schools/escola-la-prova/ar.yaml", "costs_aid: المدرسة مجانية.", "costs_aid:");

        List<ContentProblem> problems = problems();
        assertEquals(2, problems.size());
        assertEquals("schools/escola-la-prova/ar.yaml", problems.get(0).file());
        assertEquals("costs_aid", problems.get(0).field());
        assertTrue(problems.get(1).message().startsWith("texts files are named after a portal language"));
    }

    @Test
    void refusesAnUnknownDistrictAndAMissingOutline() throws IOException {
        copyGood();
        replace(LA_PROVA, "district: centre", "district: harbour");
        replace("city.yaml", "  - id: nord\n", "  - id: nord\n    name: Nord\n    neighbourhoods: [{name: Est, location: {lat: 1, lon: 1}}]\n  - id: est\n");

        List<String> messages = problems().stream().map(ContentProblem::toString).toList();
        assertTrue(messages.contains("districts.geojson: features: no outline for district 'est'"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(LA_PROVA + ":2: district: 'harbour' is not a district")),
                messages.toString());
    }

    @Test
    void refusesACatchmentAreaNamingAnUnknownSchoolAndAnUnknownTimeZone() throws IOException {
        copyGood();
        replace("catchments.geojson", "[\"institut-el-mirador\"]", "[\"institut-el-mirador\", \"escola-fantasma\"]");
        replace("city.yaml", "time_zone: Europe/Madrid", "time_zone: Vallmar/Centre");

        List<String> messages = problems().stream().map(ContentProblem::toString).toList();
        assertEquals(List.of("city.yaml:4: time_zone: 'Vallmar/Centre' is not a time zone name such as Europe/Madrid",
                "catchments.geojson:6: features[2].properties.schools: 'escola-fantasma' is not a school in schools/"),
                messages);
    }

    @Test
    void refusesAGuideWhoseTranslationLostAQuestionOrNamesAnUnknownStep() throws IOException {
        copyGood();
        replace("guide/en.yaml", "id: diversity_and_learning", "id: diversity");
        replace("guide/ca.yaml", "calendar: applications", "calendar: lottery");

        List<String> messages = problems().stream().map(ContentProblem::toString).toList();
        assertEquals(List.of("guide/ca.yaml:5: steps[1].calendar: 'lottery' is not a step of the calendar in city.yaml: applications",
                "guide/en.yaml: faq: must have the same ids as the source language: diversity_and_learning"), messages);
    }

    @Test
    void readsEasyReadTextsWhereGivenAndOffersThemForTranslation() throws Exception {
        copyGood();
        append("schools/escola-la-prova/ca.yaml", "easy_read: |\n  És una escola pública.\n  Aprenem a l'hort.\n");
        replace("guide/ca.yaml", "steps:\n", "easy_intro: |\n  Aquesta pàgina explica com demanar plaça.\nsteps:\n");
        replace("guide/ca.yaml", "    text: Presenteu una sola", "    easy: |\n      Ompliu una sol·licitud.\n    text: Presenteu una sola");

        CityContent content = ContentFolderReader.read(folder);

        School school = content.part(SchoolCatalog.class).schools().stream()
                .filter(s -> s.getSlug().equals("escola-la-prova")).findFirst().orElseThrow();
        assertEquals("És una escola pública.\nAprenem a l'hort.", school.textsIn("ca").orElseThrow().get(TextSection.EASY_READ));
        assertTrue(!school.textsIn("ar").orElseThrow().has(TextSection.EASY_READ), "optional in a translation");
        var guides = content.part(GuideEditions.class).editions();
        assertTrue(guides.get(0).hasEasyRead());
        assertTrue(!guides.get(1).hasEasyRead());
        List<String> toTranslate = org.opendoors.content.reader.ContentTranslation.texts(content, "en").stream()
                .filter(text -> text.target() == null).map(text -> text.id()).toList();
        assertTrue(toTranslate.containsAll(List.of("school.escola-la-prova.easy_read", "guide.easy_intro",
                "guide.step.applications.easy")), toTranslate.toString());
    }

    @Test
    void refusesAnEasyReadGuideMissingAStepAndALineOfTwoIdeas() throws IOException {
        copyGood();
        replace("guide/ca.yaml", "steps:\n", "easy_intro: |\n  Aquesta pàgina explica com demanar plaça.\nsteps:\n");
        append("schools/escola-la-prova/ca.yaml", "easy_read: |\n  És una escola pública on els infants aprenen a l'hort"
                + " i a la ràdio i on totes les famílies són benvingudes i poden participar en la vida de l'escola cada dia.\n");

        List<String> messages = problems().stream().map(ContentProblem::toString).toList();

        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.contains("guide/ca.yaml:7: steps: the easy-read guide needs an easy text (easy:) in every step;"
                + " missing in: applications"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("schools/escola-la-prova/ca.yaml:10: easy_read: each easy-read"
                + " line holds one short sentence (at most 25 words): line 1 has")), messages.toString());
    }

    @Test
    void readsPhotosInTheOrderTheSourceDescribesThemWithEveryLanguagesDescription() throws Exception {
        copyGood();
        photo("schools/escola-la-prova/photos/garden.jpg", 900, 600);
        photo("schools/escola-la-prova/photos/library.jpg", 600, 900);
        append("schools/escola-la-prova/ca.yaml", "photos:\n  - id: library\n    alt: La biblioteca amb coixins.\n"
                + "  - id: garden\n    alt: L'hort amb tomaqueres.\n");
        append("schools/escola-la-prova/ar.yaml", "photos:\n  - id: garden\n    alt: حديقة المدرسة.\n");

        CityContent content = ContentFolderReader.read(folder);

        School school = content.part(SchoolCatalog.class).schools().stream()
                .filter(s -> s.getSlug().equals("escola-la-prova")).findFirst().orElseThrow();
        assertEquals(List.of("library", "garden"), school.getPhotos().stream().map(p -> p.getId()).toList());
        assertEquals(600, school.getPhotos().get(0).getWidth());
        assertEquals("حديقة المدرسة.", school.getPhotos().get(1).descriptionIn("ar").orElseThrow());
        assertEquals(List.of("garden"), school.photosDescribedIn(List.of("ca", "ar")).stream().map(p -> p.getId()).toList(),
                "a photo not yet described in Arabic is not shown");
        List<String> toTranslate = org.opendoors.content.reader.ContentTranslation.texts(content, "ar").stream()
                .filter(text -> text.target() == null).map(text -> text.id()).toList();
        assertTrue(toTranslate.contains("school.escola-la-prova.photo.library"), toTranslate.toString());
    }

    @Test
    void refusesPhotosWithMetadataOrABadNameAndWaitsForDescriptions() throws Exception {
        copyGood();
        photo("schools/escola-la-prova/photos/garden.jpg", 900, 600);
        photo("schools/escola-la-prova/photos/Hall.JPG", 900, 600);
        byte[] clean = Files.readAllBytes(folder.resolve("schools/escola-la-prova/photos/garden.jpg"));
        byte[] withComment = new byte[clean.length + 9];
        System.arraycopy(clean, 0, withComment, 0, 2);
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 7, 'h', 'e', 'r', 'e', '!'}, 0, withComment, 2, 9);
        System.arraycopy(clean, 2, withComment, 11, clean.length - 2);
        Files.write(folder.resolve("schools/escola-la-prova/photos/yard.jpg"), withComment);
        append("schools/escola-la-prova/ca.yaml", "photos:\n  - id: pool\n    alt: La piscina.\n");

        List<String> messages = problems().stream().map(ContentProblem::toString).toList();

        assertTrue(messages.contains("schools/escola-la-prova/photos/Hall.JPG: photos are JPEG files named with lower-case"
                + " letters, digits and hyphens ending in .jpg (garden.jpg)"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("schools/escola-la-prova/photos/yard.jpg: carries metadata"
                + " (a comment)")), messages.toString());
        assertEquals(2, messages.size(), "an undescribed photo and a description of no photo wait: " + messages);
        Files.delete(folder.resolve("schools/escola-la-prova/photos/yard.jpg"));
        Files.delete(folder.resolve("schools/escola-la-prova/photos/Hall.JPG"));
        School school = ContentFolderReader.read(folder).part(SchoolCatalog.class).schools().stream()
                .filter(s -> s.getSlug().equals("escola-la-prova")).findFirst().orElseThrow();
        assertEquals(List.of("garden"), school.getPhotos().stream().map(p -> p.getId()).toList());
        assertEquals(List.of(), school.photosDescribedIn(List.of("ca")), "not described: not shown");
    }

    @Test
    void readsTheVideoGuideWithEachLanguagesCaptionsAtTheSourcesTimes() throws Exception {
        copyGood();
        Files.copy(Path.of("content/guide/video.webm"), folder.resolve("guide/video.webm"));
        append("guide/ca.yaml", "video:\n  cues:\n    - id: welcome\n      start: 0\n      end: 4.5\n"
                + "      text: Benvinguts.\n    - id: apply\n      start: 5\n      end: 9\n      text: Feu la sol·licitud.\n");
        append("guide/en.yaml", "video:\n  cues:\n    - id: welcome\n      text: Welcome.\n    - id: apply\n"
                + "      text: Apply.\n");

        CityContent content = ContentFolderReader.read(folder);

        GuideEditions guides = content.part(GuideEditions.class);
        assertTrue(guides.video().isPresent());
        var english = guides.editions().get(1).getVideoCues();
        assertEquals(List.of("welcome", "apply"), english.stream().map(c -> c.id()).toList());
        assertEquals(5.0, english.get(1).start());
        assertEquals("Apply.", english.get(1).text());
        List<String> toTranslate = org.opendoors.content.reader.ContentTranslation.texts(content, "fr").stream()
                .map(text -> text.id()).toList();
        assertTrue(toTranslate.contains("guide.video.apply"), toTranslate.toString());
    }

    @Test
    void refusesAVideoWithoutCaptionsCaptionsThatOverlapOrDifferAndAFileThatIsNoWebm() throws Exception {
        copyGood();
        Files.write(folder.resolve("guide/video.webm"), "not a video at all, just some text".repeat(3).getBytes(StandardCharsets.UTF_8));
        List<String> noVideo = problems().stream().map(ContentProblem::toString).toList();
        assertTrue(noVideo.stream().anyMatch(m -> m.startsWith("guide/video.webm: is not a WebM video")), noVideo.toString());

        Files.copy(Path.of("content/guide/video.webm"), folder.resolve("guide/video.webm"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> uncaptioned = problems().stream().map(ContentProblem::toString).toList();
        assertEquals(List.of("guide/video.webm: needs captions: give its cues (id, start, end, text) under video: in"
                + " guide/ca.yaml"), uncaptioned);

        append("guide/ca.yaml", "video:\n  cues:\n    - id: welcome\n      start: 0\n      end: 6\n"
                + "      text: Benvinguts.\n    - id: apply\n      start: 5\n      end: 9\n      text: Feu la sol·licitud.\n");
        append("guide/en.yaml", "video:\n  cues:\n    - id: welcome\n      start: 0\n      text: Welcome.\n");
        List<String> messages = problems().stream().map(ContentProblem::toString).toList();
        assertTrue(messages.contains("guide/ca.yaml:29: video.cues[2].start: begins before the cue before it ends (0:06.0)"),
                messages.toString());
        assertTrue(messages.contains("guide/en.yaml:21: video.cues[1].start: unknown field; expected one of: id, text"),
                "the times are the source's: " + messages);
        assertTrue(messages.contains("guide/en.yaml: video: must caption the same cues as the source language: welcome, apply"),
                messages.toString());
    }

    private void photo(String file, int width, int height) throws IOException {
        Files.createDirectories(folder.resolve(file).getParent());
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "jpeg", folder.resolve(file).toFile());
    }

    @Test
    void refusesABlockRuleThatIsNotYesOrNo() throws IOException {
        copyGood();
        replace("blocks/welcome/block.yaml", "newcomer: yes", "newcomer: perhaps\n  income: low");

        List<String> messages = problems().stream().map(ContentProblem::toString).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("blocks/welcome/block.yaml:5: when.income: this field is not allowed."), messages.get(0));
        assertEquals("blocks/welcome/block.yaml:4: when.newcomer: must be yes or no", messages.get(1));
    }

    @Test
    void refusesAFileThatIsNotUtf8() throws IOException {
        copyGood();
        Files.write(folder.resolve("schools/escola-la-prova/ca.yaml"),
                "summary: Escola amb hort i m\u00fasica\n".getBytes(StandardCharsets.ISO_8859_1));

        ContentProblem problem = onlyProblem();
        assertEquals("is not saved as UTF-8", problem.message());
    }

    @Test
    void refusesALinkThatIsNotAWebPageOrMailWithItsLine() throws IOException {
        copyGood();
        replace("schools/escola-la-prova/ca.yaml", "  - La ràdio\n", "  - La [ràdio](javascript:alert(1))\n");
        replace("guide/ca.yaml", "text: Presenteu una sola", "text: Vegeu [el web]( JaVaScRiPt:alert(1)). Presenteu una sola");

        List<String> messages = problems().stream().map(ContentProblem::toString).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.contains("schools/escola-la-prova/ca.yaml:6: pedagogical_project: links must start with "
                + "https://, http:// or mailto: — 'javascript:alert(1)' does not"), messages.toString());
        assertTrue(messages.contains("guide/ca.yaml:6: steps[1].text: links must start with https://, http:// or mailto: "
                + "— 'JaVaScRiPt:alert(1)' does not"), messages.toString());
    }

    @Test
    void acceptsMarkupAndWebAndMailLinks() throws Exception {
        copyGood();
        replace("schools/escola-la-prova/ca.yaml", "  Aprenem per projectes.\n", "  ## El projecte\n\n  Aprenem *per* **projectes**: "
                + "[el web](https://laprova.provatown.example) i [secretaria](mailto:secretaria@laprova.example).\n");

        School school = ContentFolderReader.read(folder).part(SchoolCatalog.class).schools().stream()
                .filter(s -> s.getSlug().equals("escola-la-prova")).findFirst().orElseThrow();
        assertTrue(school.textsIn("ca").orElseThrow().get(TextSection.PEDAGOGICAL_PROJECT).startsWith("## El projecte\n"));
    }

    @Test
    void theGuardReadsTheWordsBehindMarkup() throws IOException {
        copyGood();
        Files.createDirectories(folder.resolve("guard"));
        Files.copy(Path.of("content/guard/ca.yaml"), folder.resolve("guard/ca.yaml"));
        replace("schools/escola-la-prova/ca.yaml", "  - L'hort\n", "  - Som la **millor** escola\n");
        replace("schools/escola-la-prova/ca.yaml", "daily_life: De 9:00 a 16:30.", "daily_life: Som la [millor](https://laprova.provatown.example) escola.");

        List<ContentProblem> problems = problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("schools/escola-la-prova/ca.yaml", problems.get(0).file());
        assertEquals(5, problems.get(0).line());
        assertEquals("pedagogical_project", problems.get(0).field());
        assertTrue(problems.get(0).message().startsWith("\"la millor escola\" (ranking): "), problems.get(0).message());
        assertEquals("daily_life", problems.get(1).field());
        assertTrue(problems.get(1).message().contains("millor escola\""), problems.get(1).message());
    }

    private ContentProblem onlyProblem() {
        List<ContentProblem> problems = problems();
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private List<ContentProblem> problems() {
        return assertThrows(ContentRejectedException.class, () -> ContentFolderReader.read(folder)).problems();
    }

    private void copyGood() throws IOException {
        Folders.copy(GOOD, folder);
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(folder.resolve(file), Files.readString(folder.resolve(file)) + text);
    }

    private void replace(String file, String from, String to) throws IOException {
        String text = Files.readString(folder.resolve(file));
        assertTrue(text.contains(from), file + " has no " + from);
        Files.writeString(folder.resolve(file), text.replace(from, to));
    }
}
