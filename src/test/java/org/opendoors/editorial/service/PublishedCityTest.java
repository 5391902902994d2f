package org.opendoors.editorial.service;

import org.junit.jupiter.api.Test;
import org.opendoors.content.domain.ContentPublished;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.snapshot.CitySnapshot;
import org.opendoors.content.snapshot.RenderedCity;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.domain.UiTextsSaved;
import org.opendoors.i18n.service.SearchText;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.school.domain.TextSection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishedCityTest {

    private static final String LA_PROVA = "schools/escola-la-prova/ca.yaml";

    private final List<SnapshotSwapped> swaps = new ArrayList<>();

    @Test
    void servesNothingBeforeTheFirstCityIsBuilt() {
        PublishedCity city = PublishedCities.withKeysAsLabels(swaps);
        assertThrows(IllegalStateException.class, city::current);
        assertTrue(swaps.isEmpty());
    }

    @Test
    void eachPublishIsANewSnapshotWithTheNextRevisionAnnouncedOnce() throws Exception {
        PublishedCity city = PublishedCities.serving(swaps);
        CitySnapshot first = city.current();
        assertEquals(1, first.revision());
        assertEquals(2, first.part(SchoolCatalog.class).schools().size());

        CitySnapshot second = city.replaceWith(withProjectText("Cultivem un jardí de papallones."), "publish of " + LA_PROVA);

        assertSame(second, city.current());
        assertEquals(2, second.revision());
        assertEquals(List.of(1L, 2L), swaps.stream().map(SnapshotSwapped::revision).toList());
        assertTrue(projectText(second).contains("papallones"));
        assertFalse(projectText(first).contains("papallones"), "a snapshot never changes once built");
    }

    @Test
    void aFailedBuildKeepsTheSnapshotBeingServed() {
        PublishedCity city = PublishedCities.serving(swaps);
        CitySnapshot served = city.current();
        Map<String, String> broken = PublishedCities.files(PublishedCities.GOOD);
        broken.put("schools/escola-la-prova/school.yaml", "name: [an unfinished list\n");
        Map<String, String> withoutCity = PublishedCities.files(PublishedCities.GOOD);
        withoutCity.remove("city.yaml");

        assertThrows(ContentRejectedException.class, () -> city.replaceWith(broken, "a broken publish"));
        // The after-commit observer must not throw into the publishing transaction's completion: it logs and keeps.
        city.onPublished(new ContentPublished("publish without city.yaml", withoutCity, 2));

        assertSame(served, city.current());
        assertEquals(List.of(1L), swaps.stream().map(SnapshotSwapped::revision).toList());
    }

    @Test
    void aNodeBehindTheDatabaseReadsThePublishedFilesOnceAndItsOwnEventLaterBuildsNothing() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        Map<String, String> inDatabase = withProjectText("Fem ràdio amb el barri.");
        PublishedCity city = new PublishedCity(swaps::add, () -> {
            reads.incrementAndGet();
            return inDatabase;
        });
        city.replaceWith(PublishedCities.files(PublishedCities.GOOD), "start-up", 4);

        assertFalse(city.catchUp(4), "the revision served is not read again");
        assertFalse(city.catchUp(3));
        assertEquals(0, reads.get());

        assertTrue(city.catchUp(6));
        assertEquals(1, reads.get());
        assertEquals(6, city.servedRevision());
        assertTrue(projectText(city.current()).contains("ràdio"));

        // This node's own publish of revision 6 completes after the catch-up: nothing is built twice.
        city.onPublished(new ContentPublished("publish of " + LA_PROVA, withProjectText("Fem ràdio amb el barri."), 6));
        assertEquals(List.of(1L, 2L), swaps.stream().map(SnapshotSwapped::revision).toList());
        city.onPublished(new ContentPublished("publish of " + LA_PROVA, withProjectText("Fem teatre d'ombres."), 7));
        assertEquals(7, city.servedRevision());
        assertTrue(projectText(city.current()).contains("ombres"));
    }

    @Test
    void aRevisionWhoseFilesDoNotBuildKeepsTheCityAndIsNotReadOnEveryCheck() throws Exception {
        AtomicInteger reads = new AtomicInteger();
        Map<String, String> broken = PublishedCities.files(PublishedCities.GOOD);
        broken.remove("city.yaml");
        Map<String, String> inDatabase = new HashMap<>(broken);
        PublishedCity city = new PublishedCity(swaps::add, () -> {
            reads.incrementAndGet();
            return Map.copyOf(inDatabase);
        });
        city.replaceWith(PublishedCities.files(PublishedCities.GOOD), "start-up", 1);
        CitySnapshot served = city.current();

        assertFalse(city.catchUp(2));
        assertFalse(city.catchUp(2));
        assertEquals(1, reads.get(), "a revision that failed is tried once");
        assertSame(served, city.current());
        assertEquals(1, city.servedRevision());

        inDatabase.clear();
        inDatabase.putAll(withProjectText("Cantem en sis llengües."));
        assertTrue(city.catchUp(3));
        assertTrue(projectText(city.current()).contains("llengües"));
    }

    @Test
    void aUiTextCaughtUpFromAnotherNodeIsNotMadeAgainByItsEvent() throws Exception {
        PublishedCity city = new PublishedCity(swaps::add, () -> PublishedCities.files(PublishedCities.GOOD));
        city.replaceWith(PublishedCities.files(PublishedCities.GOOD), "start-up", 1);
        assertTrue(city.catchUp(2));
        city.onUiTextsSaved(new UiTextsSaved("translation of SchoolService.MEALS in ca", 2));
        assertEquals(List.of(1L, 2L), swaps.stream().map(SnapshotSwapped::revision).toList());
        city.onUiTextsSaved(new UiTextsSaved("translation of SchoolService.MEALS in es", 3));
        assertEquals(List.of(1L, 2L, 3L), swaps.stream().map(SnapshotSwapped::revision).toList());
        assertEquals(3, city.servedRevision());
    }

    @Test
    void aCommittedPublishIsServedFromTheFilesItCarries() {
        PublishedCity city = PublishedCities.serving(swaps);
        city.onPublished(new ContentPublished("publish of " + LA_PROVA, withProjectText("Fem teatre d'ombres."), 3));
        assertEquals(2, city.current().revision());
        assertTrue(projectText(city.current()).contains("ombres"));
        // ...and its search words are the new city's.
        assertTrue(SearchText.matches(PublishedCities.searchIndex(city.current(), Map.of()).words(SupportedLanguage.CA, "escola-la-prova"), "ombres"));
    }

    @Test
    void aSavedUiTextBringsANewSnapshotOfTheSameCitySoItsSearchWordsAreMadeAgain() {
        Map<String, String> labels = new HashMap<>(Map.of("SchoolService.MEALS", "Menjador"));
        PublishedCity city = new PublishedCity(swaps::add);
        try {
            city.replaceWith(PublishedCities.files(PublishedCities.GOOD), "test start");
        } catch (ContentRejectedException e) {
            throw new AssertionError(e);
        }
        CitySnapshot before = city.current();
        assertTrue(SearchText.matches(PublishedCities.searchIndex(before, labels).words(SupportedLanguage.CA, "escola-la-prova"), "menjador"));

        labels.put("SchoolService.MEALS", "Dinar a l'escola");
        city.onUiTextsSaved(new UiTextsSaved("translation of SchoolService.MEALS in ca", 4));

        CitySnapshot after = city.current();
        assertEquals(before.revision() + 1, after.revision());
        assertSame(before.content(), after.content(), "UI texts do not make the city read again");
        assertTrue(SearchText.matches(PublishedCities.searchIndex(after, labels).words(SupportedLanguage.CA, "escola-la-prova"), "dinar"));
        assertFalse(SearchText.matches(PublishedCities.searchIndex(after, labels).words(SupportedLanguage.CA, "escola-la-prova"), "menjador"));
    }

    @Test
    void aRequestKeepsTheCityItStartedWithWhilePublishesSwapTheServedOne() throws Exception {
        RenderedCity request = new RenderedCity();
        PublishedCity city = new PublishedCity(swaps::add, request);
        city.replaceWith(PublishedCities.files(PublishedCities.GOOD), "test start");
        CitySnapshot atStart = city.current();
        assertSame(atStart, city.rendered(), "before a city is chosen: the city served now");

        request.choose(atStart);
        city.replaceWith(withProjectText("Un altre projecte."), "publish during the render");

        assertSame(atStart, city.rendered(), "one request reads one city");
        assertEquals(2, city.current().revision());
        assertThrows(IllegalStateException.class, () -> request.choose(city.current()), "a request renders one city");
    }

    @Test
    void aPreviewIsNeverARevisionOfThePublishedCity() throws Exception {
        PublishedCity city = PublishedCities.serving(swaps);
        CitySnapshot preview = city.preview(city.current().content());
        assertTrue(preview.isPreview());
        assertEquals(1, city.current().revision());
        RenderedCity previewRequest = new RenderedCity();
        previewRequest.choose(preview);
        assertTrue(previewRequest.isPreview());
        RenderedCity familyRequest = new RenderedCity();
        familyRequest.choose(city.current());
        assertFalse(familyRequest.isPreview());
        assertFalse(new RenderedCity().isPreview(), "a request that renders no family page");
        assertEquals(List.of(1L), swaps.stream().map(SnapshotSwapped::revision).toList());
    }

    private static Map<String, String> withProjectText(String text) {
        Map<String, String> files = PublishedCities.files(PublishedCities.GOOD);
        files.put(LA_PROVA, files.get(LA_PROVA).replace("Aprenem per projectes.", text));
        return files;
    }

    private static String projectText(CitySnapshot city) {
        School laProva = city.part(SchoolCatalog.class).schools().stream()
                .filter(school -> school.getSlug().equals("escola-la-prova")).findFirst().orElseThrow();
        return laProva.textsIn("ca").orElseThrow().get(TextSection.PEDAGOGICAL_PROJECT);
    }
}
