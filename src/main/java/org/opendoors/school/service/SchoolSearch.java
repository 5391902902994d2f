package org.opendoors.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.content.snapshot.CitySnapshot;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.editorial.service.SnapshotSwapped;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.Messages;
import org.opendoors.i18n.service.SearchText;
import org.opendoors.school.domain.CatchmentArea;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.school.domain.SchoolMatch;
import org.opendoors.school.domain.SchoolQuery;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds schools for a family's query. The order is never a ranking: by distance when the family gave a place,
 * otherwise alphabetical in the reader's language.
 */
@ApplicationScoped
public class SchoolSearch {

    @Inject
    private SchoolDirectory directory;
    @Inject
    private CityDirectory city;
    @Inject
    private PublishedCity publishedCity;
    @Inject
    private Messages messages;

    public List<SchoolMatch> find(SchoolQuery query, SupportedLanguage language) {
        // The words of the very city this page renders (published or preview), built with it: no lock, no clearing.
        SearchIndex words = searchIndex(publishedCity.rendered());
        Set<String> proximity = query.place().map(place -> proximitySchools(place.point())).orElse(Set.of());
        List<String> searched = SearchText.queryWords(query.text());
        Stream<SchoolMatch> matches = directory.alphabetical(language).stream()
                .filter(query::admits)
                .filter(school -> searched.isEmpty() || SearchText.matchesAll(words.words(language, school.getSlug()), searched))
                .map(school -> new SchoolMatch(school,
                        query.place().map(place -> OptionalDouble.of(place.point().metresTo(school.getLocation())))
                                .orElse(OptionalDouble.empty()),
                        proximity.contains(school.getSlug())));
        if (query.place().isPresent()) {
            // A stable sort keeps alphabetical order between schools at the same distance.
            matches = matches.sorted(Comparator.comparingDouble(match -> match.metres().orElse(0)));
        }
        return matches.toList();
    }

    /**
     * The search words of a city, made once per snapshot: a publish, or a UI text a translator saves (approach and
     * service names are searched too), brings a new snapshot and so new words.
     */
    private SearchIndex searchIndex(CitySnapshot city) {
        return city.derived(SearchIndex.class,
                snapshot -> SearchIndex.of(snapshot.content(), (language, key) -> messages.text(language, key).text()));
    }

    /** Made as soon as a city is served, so no family waits for them. */
    void onSwapped(@Observes SnapshotSwapped swapped) {
        searchIndex(publishedCity.current());
    }

    /** The schools an address at this point is near for admission: those of every catchment area containing it. */
    public Set<String> proximitySchools(GeoPoint point) {
        return publishedCity.rendered().part(SchoolCatalog.class).catchmentAreas().stream()
                .filter(area -> area.contains(point.getLatitude(), point.getLongitude()))
                .map(CatchmentArea::getSchoolSlugs)
                .flatMap(Set::stream)
                .collect(Collectors.toSet());
    }

    /** Languages named in the page language's alphabetical order, for the "languages spoken" filter. */
    public List<String> communityLanguages(SupportedLanguage language) {
        return directory.communityLanguages(language);
    }
}
