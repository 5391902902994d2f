package org.opendoors.school.service;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.LocaleDisplayNames;
import org.opendoors.city.domain.SchoolTypeWords;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.school.domain.School;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The orders a city's lists are shown in, per page language, sorted once per city snapshot instead of on every list
 * a family asks for: with a thousand schools, collating their names and the languages they speak took a fifth of an
 * uncached search. A snapshot never changes, so neither do these.
 */
final class SchoolOrders {

    private final List<School> schools;
    private final SchoolTypeWords typeWords;
    private final Map<SupportedLanguage, List<School>> alphabetical = new ConcurrentHashMap<>();
    private final Map<SupportedLanguage, List<String>> communityLanguages = new ConcurrentHashMap<>();

    SchoolOrders(List<School> schools, SchoolTypeWords typeWords) {
        this.schools = List.copyOf(schools);
        this.typeWords = typeWords;
    }

    /**
     * Schools in the reader's alphabetical order of their own names ("Joan Fàbra", not "Escola Joan Fàbra"), so the
     * word naming a school's kind never groups schools by who runs them; the whole name breaks a tie.
     */
    List<School> alphabetical(SupportedLanguage language) {
        return alphabetical.computeIfAbsent(language, reader -> schools.stream()
                .sorted(LocaleFormats.alphabetical(reader, (School school) -> typeWords.ownName(school.getName()))
                        .thenComparing(LocaleFormats.alphabetical(reader, School::getName)))
                .toList());
    }

    /** The languages spoken in the city's schools, by their names in the reader's language and order. */
    List<String> communityLanguages(SupportedLanguage language) {
        return communityLanguages.computeIfAbsent(language, reader -> {
            LocaleDisplayNames names = LocaleDisplayNames.getInstance(reader.locale());
            Collator collator = LocaleFormats.collator(reader);
            Function<String, String> name = names::languageDisplayName;
            return schools.stream()
                    .flatMap(school -> school.getCommunityLanguages().stream())
                    .distinct()
                    .sorted(Comparator.comparing(name, collator))
                    .toList();
        });
    }
}
