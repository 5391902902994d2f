package org.opendoors.content;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.city.domain.Stage;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.reader.ContentFolderReader;
import org.opendoors.guide.domain.Guide;
import org.opendoors.guide.domain.GuideEditions;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.school.domain.SchoolTexts;
import org.opendoors.school.domain.TextSection;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample city that ships in content/ is complete enough to be useful on first start. */
class SampleCityTest {

    private static CityContent vallmar;

    /**
     * Read without the guard: what most of this class checks is completeness. That every sample text passes the
     * guard is checked once below, and again by every integration test's portal, which refuses to start on a refused
     * text.
     */
    @BeforeAll
    static void read() throws Exception {
        vallmar = ContentFolderReader.read(Path.of("content"), file -> false);
    }

    /**
     * The guard learns from examples, and new examples change what it reads into a sentence: a sample text refused
     * after a change to the examples fails here, in the unit tests, not later as every integration test's portal
     * refusing to start.
     */
    @Test
    void everySampleTextPassesTheGuard() {
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> ContentFolderReader.read(Path.of("content")));
    }

    @Test
    void vallmarHasFortySchoolsInSixDistricts() {
        assertEquals("Vallmar", vallmar.part(CityDescription.class).city().getName());
        assertEquals(6, vallmar.part(CityDescription.class).districts().size());
        assertTrue(vallmar.part(SchoolCatalog.class).schools().size() >= 40, vallmar.part(SchoolCatalog.class).schools().size() + " schools");
        Set<String> districtsWithSchools = vallmar.part(SchoolCatalog.class).schools().stream().map(s -> s.getDistrict().getId()).collect(Collectors.toSet());
        assertEquals(6, districtsWithSchools.size());
    }

    @Test
    void everyStageAndBothOwnershipsAreCovered() {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        Set<Ownership> ownerships = EnumSet.noneOf(Ownership.class);
        vallmar.part(SchoolCatalog.class).schools().forEach(school -> {
            stages.addAll(school.getStages());
            ownerships.add(school.getOwnership());
        });
        assertTrue(stages.containsAll(List.of(Stage.INFANT, Stage.PRIMARY, Stage.SECONDARY)), stages.toString());
        assertEquals(EnumSet.allOf(Ownership.class), ownerships);
    }

    @Test
    void everySchoolSpeaksAllEightLanguages() {
        Set<String> all = SupportedLanguage.all().stream().map(SupportedLanguage::tag).collect(Collectors.toSet());
        for (School school : vallmar.part(SchoolCatalog.class).schools()) {
            assertEquals(all, school.getTextLanguages(), school.getSlug());
        }
    }

    @Test
    void everySchoolIsItsOwnSchoolNotATemplate() {
        Set<String> projects = new HashSet<>();
        for (School school : vallmar.part(SchoolCatalog.class).schools()) {
            String project = school.textsIn("ca").orElseThrow().get(TextSection.PEDAGOGICAL_PROJECT);
            assertTrue(project.contains(school.getName()) || project.length() > 300, school.getSlug());
            assertTrue(projects.add(project.replace(school.getName(), "")), "same project text as another: " + school.getSlug());
        }
    }

    @Test
    void noTextPublishesAPercentage() {
        for (School school : vallmar.part(SchoolCatalog.class).schools()) {
            for (String language : school.getTextLanguages()) {
                SchoolTexts texts = school.textsIn(language).orElseThrow();
                for (TextSection section : TextSection.values()) {
                    String text = texts.has(section) ? texts.get(section) : "";
                    assertFalse(text.contains("%") || text.contains("٪"), school.getSlug() + "/" + language + " " + section);
                }
            }
        }
    }

    /** The families who need easy read most read it in their own language, so the sample city has it in all eight. */
    @Test
    void everySchoolAndTheGuideHaveAnEasyReadVersionInEveryLanguage() {
        for (School school : vallmar.part(SchoolCatalog.class).schools()) {
            for (SupportedLanguage language : SupportedLanguage.all()) {
                assertTrue(school.textsIn(language.tag()).orElseThrow().has(TextSection.EASY_READ),
                        school.getSlug() + "/" + language.tag());
            }
        }
        for (Guide guide : vallmar.part(GuideEditions.class).editions()) {
            assertTrue(guide.hasEasyRead(), "guide/" + guide.getLanguage());
        }
        assertEquals(SupportedLanguage.all().size(), vallmar.part(GuideEditions.class).editions().size());
    }

    /** Every school shows its building and one of its places, described for people who cannot see them. */
    @Test
    void everySchoolShowsDrawnPhotosDescribedInEveryLanguage() {
        List<String> languages = SupportedLanguage.all().stream().map(SupportedLanguage::tag).toList();
        for (School school : vallmar.part(SchoolCatalog.class).schools()) {
            assertEquals(2, school.photosDescribedIn(languages).size(), school.getSlug());
            assertEquals("building", school.getPhotos().get(0).getId(), school.getSlug());
        }
    }

    /** The video guide is captioned in every language, with the same cues. */
    @Test
    void theVideoGuideIsCaptionedInEveryLanguage() {
        GuideEditions guides = vallmar.part(GuideEditions.class);
        assertTrue(guides.video().isPresent());
        assertTrue(guides.video().get().size() < 1_000_000, "a phone downloads the whole video: " + guides.video().get().size());
        for (Guide guide : guides.editions()) {
            assertEquals(8, guide.getVideoCues().size(), guide.getLanguage());
        }
    }
}
