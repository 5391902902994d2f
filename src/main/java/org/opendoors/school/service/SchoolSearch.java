package org.opendoors.school.service;

import com.ibm.icu.text.LocaleDisplayNames;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.opendoors.city.domain.CatchmentArea;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.content.domain.ContentPublished;
import org.opendoors.content.text.RichText;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.i18n.service.Messages;
import org.opendoors.school.domain.ContentCode;
import org.opendoors.school.domain.GeoPoint;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolMatch;
import org.opendoors.school.domain.SchoolQuery;
import org.opendoors.school.domain.SchoolTexts;
import org.opendoors.school.domain.TextSection;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.opendoors.editorial.service.FamilyPreview;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private Messages messages;

    /** Per language: each school's searchable words, folded. Rebuilt after content is published. */
    private final Map<SupportedLanguage, Map<String, String>> index = new ConcurrentHashMap<>();

    public List<SchoolMatch> find(SchoolQuery query, SupportedLanguage language) {
        // A preview's unpublished schools must never end up in the index families search.
        Map<String, String> words = FamilyPreview.isActive() ? buildIndex(language)
                : index.computeIfAbsent(language, this::buildIndex);
        Set<String> proximity = query.place().map(place -> proximitySchools(place.point())).orElse(Set.of());
        Stream<SchoolMatch> matches = directory.alphabetical(language).stream()
                .filter(query::admits)
                .filter(school -> query.text().isEmpty() || SearchText.matches(words.getOrDefault(school.getSlug(), ""), query.text()))
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

    /** The schools an address at this point is near for admission: those of every catchment area containing it. */
    public Set<String> proximitySchools(GeoPoint point) {
        return city.catchmentAreas().stream()
                .filter(area -> area.contains(point.getLatitude(), point.getLongitude()))
                .map(CatchmentArea::getSchoolSlugs)
                .flatMap(Set::stream)
                .collect(Collectors.toSet());
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentPublished published) {
        index.clear();
    }

    private Map<String, String> buildIndex(SupportedLanguage language) {
        String source = city.city().getSourceLanguage();
        return directory.alphabetical(language).stream().collect(Collectors.toMap(School::getSlug, school -> {
            StringBuilder words = new StringBuilder()
                    .append(school.getName()).append(' ')
                    .append(school.getDistrict().getName()).append(' ')
                    .append(school.getNeighbourhood()).append(' ')
                    .append(school.getAddress()).append(' ');
            school.textsFor(language.tag(), source).ifPresent(texts -> appendTexts(words, texts.value()));
            Stream.of(school.getApproaches(), school.getServices(), school.getStages())
                    .flatMap(Set::stream)
                    .map(code -> messages.text(language, ((ContentCode) code).messageKey()).text())
                    .forEach(label -> words.append(label).append(' '));
            return SearchText.fold(words.toString());
        }));
    }

    /** The words of the texts, without markup: a search for "https" or "**" must not find every school with a link. */
    private static void appendTexts(StringBuilder words, SchoolTexts texts) {
        for (TextSection section : TextSection.values()) {
            words.append(RichText.plainText(texts.get(section))).append(' ');
        }
    }

    /** Languages named in the page language's alphabetical order, for the "languages spoken" filter. */
    public List<String> communityLanguages(SupportedLanguage language) {
        return directory.alphabetical(language).stream()
                .flatMap(school -> school.getCommunityLanguages().stream())
                .distinct()
                .sorted(Comparator.comparing(code -> LocaleDisplayNames
                        .getInstance(language.locale()).languageDisplayName(code), LocaleFormats.collator(language)))
                .toList();
    }
}
