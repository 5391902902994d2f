package org.opendoors.city.domain;

import com.ibm.icu.text.Normalizer2;

import java.util.Comparator;
import java.util.List;

/**
 * The words with which a city's school names begin to say what kind of school it is ("Escola", "Institut Escola",
 * "Col·legi"), from {@code city.yaml}'s {@code school_type_words}. Lists are ordered by the name that follows them:
 * ordered by the whole name, every "Col·legi" — the privately run schools — came first, and the order itself said
 * which schools are of which kind.
 */
public record SchoolTypeWords(List<String> words) {

    public static final SchoolTypeWords NONE = new SchoolTypeWords(List.of());

    public SchoolTypeWords {
        // Longest first, so "Institut Escola Far" loses "Institut Escola", not only "Institut".
        words = words.stream().map(word -> Normalizer2.getNFCInstance().normalize(word).strip()).filter(word -> !word.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** "Escola Joan Fàbra" → "Joan Fàbra"; a name that is only a type word, or starts with none, stays whole. */
    public String ownName(String schoolName) {
        String name = Normalizer2.getNFCInstance().normalize(schoolName);
        for (String word : words) {
            if (name.length() > word.length() + 1 && name.regionMatches(true, 0, word, 0, word.length())
                    && Character.isWhitespace(name.charAt(word.length()))) {
                return name.substring(word.length()).strip();
            }
        }
        return name;
    }
}
