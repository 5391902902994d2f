package org.opendoors.school.service;

import org.opendoors.city.domain.CityDescription;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.text.RichText;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.SearchText;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.school.domain.SchoolTexts;
import org.opendoors.school.domain.TextSection;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every school's searchable words, folded (see {@link SearchText}), per page language: built once with the city it
 * describes and never changed, so searches read it without any lock while the next city is built.
 */
public final class SearchIndex {

    private final Map<SupportedLanguage, Map<String, String>> wordsPerLanguage;

    private SearchIndex(Map<SupportedLanguage, Map<String, String>> wordsPerLanguage) {
        this.wordsPerLanguage = wordsPerLanguage;
    }

    /**
     * Indexes the city's schools in every language: name, district, neighbourhood, address, the texts a family
     * reads in that language (the source language's where a translation is missing), and the names of the
     * school's approaches, services and stages as the page shows them ({@code label} gives a code's UI text).
     */
    public static SearchIndex of(CityContent city, BiFunction<SupportedLanguage, String, String> label) {
        String source = city.part(CityDescription.class).city().getSourceLanguage();
        Map<SupportedLanguage, Map<String, String>> words = new EnumMap<>(SupportedLanguage.class);
        for (SupportedLanguage language : SupportedLanguage.values()) {
            words.put(language, city.part(SchoolCatalog.class).schools().stream().collect(Collectors.toUnmodifiableMap(School::getSlug,
                    school -> wordsOf(school, language, source, label))));
        }
        return new SearchIndex(words);
    }

    /** The folded words of a school in a language; empty for a school the index does not know. */
    public String words(SupportedLanguage language, String slug) {
        return wordsPerLanguage.get(language).getOrDefault(slug, "");
    }

    private static String wordsOf(School school, SupportedLanguage language, String source,
                                  BiFunction<SupportedLanguage, String, String> label) {
        StringBuilder words = new StringBuilder()
                .append(school.getName()).append(' ')
                .append(school.getDistrict().getName()).append(' ')
                .append(school.getNeighbourhood()).append(' ')
                .append(school.getAddress()).append(' ');
        school.textsFor(language.tag(), source).ifPresent(texts -> appendTexts(words, texts.value()));
        Stream.of(school.getApproaches(), school.getServices(), school.getStages())
                .flatMap(Set::stream)
                .map(code -> label.apply(language, ((ContentCode) code).messageKey()))
                .forEach(text -> words.append(text).append(' '));
        return SearchText.fold(words.toString());
    }

    /** The words of the texts, without markup: a search for "https" or "**" must not find every school with a link. */
    private static void appendTexts(StringBuilder words, SchoolTexts texts) {
        for (TextSection section : TextSection.values()) {
            words.append(RichText.plainText(texts.get(section))).append(' ');
        }
    }
}
