package org.opendoors.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.school.domain.School;
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

    public List<School> alphabetical(SupportedLanguage language) {
        return schools.all().stream()
                .sorted(LocaleFormats.alphabetical(language, School::getName))
                .toList();
    }

    public Optional<School> find(String slug) {
        return schools.bySlug(slug);
    }

    public Map<String, Long> countByDistrict() {
        return schools.all().stream().collect(Collectors.groupingBy(school -> school.getDistrict().getId(),
                Collectors.counting()));
    }
}
