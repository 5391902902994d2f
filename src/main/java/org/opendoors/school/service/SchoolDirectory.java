package org.opendoors.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolPhoto;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.school.domain.SchoolRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds schools for families. Lists are alphabetical in the reader's language: the portal has no "best first".
 */
@ApplicationScoped
public class SchoolDirectory {

    @Inject
    private SchoolRepository schools;
    @Inject
    private PublishedCity publishedCity;

    /** The schools of the city this request renders, by name in the reader's alphabetical order. */
    public List<School> alphabetical(SupportedLanguage language) {
        return orders().alphabetical(language);
    }

    /** The languages spoken in the city's schools, named and ordered in the reader's language. */
    public List<String> communityLanguages(SupportedLanguage language) {
        return orders().communityLanguages(language);
    }

    private SchoolOrders orders() {
        return publishedCity.rendered().derived(SchoolOrders.class,
                snapshot -> new SchoolOrders(snapshot.part(SchoolCatalog.class).schools(),
                        snapshot.part(CityDescription.class).schoolTypeWords()));
    }

    public Optional<School> find(String slug) {
        return schools.bySlug(slug);
    }

    /**
     * The photo families may see with this SHA-256: one of a school's photos described in every portal language.
     * A photo still waiting for a description, a draft and a photo replaced since are not found.
     */
    public Optional<SchoolPhoto> shownPhoto(String sha256) {
        List<String> languages = SupportedLanguage.all().stream().map(SupportedLanguage::tag).toList();
        return schools.all().stream().flatMap(school -> school.photosDescribedIn(languages).stream())
                .filter(photo -> photo.getSha256().equals(sha256)).findFirst();
    }

    public Map<String, Long> countByDistrict() {
        return schools.all().stream().collect(Collectors.groupingBy(school -> school.getDistrict().getId(),
                Collectors.counting()));
    }
}
