package org.opendoors.city.domain;

import com.ibm.icu.lang.UCharacter;
import org.opendoors.i18n.service.SearchText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The city's streets, from the gazetteer it ships in its content ({@code city.yaml}'s {@code street_gazetteer}), so
 * a family finds schools from where it lives by typing a street and number or a postcode, with no geocoder outside
 * the portal. What a family types is read with the search's folding ({@link SearchText#fold}): case, accents, the
 * Catalan middle dot, digits of any script. A street is found by its distinctive words ("riera" in "Carrer de la
 * Riera"), so "c/ riera 12", "calle Riera, 12" and "RIERA 12 08991" find the same door; words that begin many
 * street names (carrer, de, la) only help to choose.
 */
public final class StreetGazetteer {

    public static final StreetGazetteer EMPTY = new StreetGazetteer(List.of());

    /** What a family types is read up to this many characters. */
    static final int LONGEST_ADDRESS = 200;
    /** At most this many streets are offered when an address could mean several. */
    static final int MOST_CHOICES = 8;
    /** A word that begins at least this share of the street names only helps to choose between them. */
    private static final double COMMON_SHARE = 0.1;
    private static final int COMMON_AT_LEAST = 3;
    /** Shorter words match only at the start of a word of the name: "la" is not inside "Vallmar". */
    private static final int MIDDLE_OF_WORD_AT_LEAST = 4;

    private final List<StreetStretch> stretches;
    /** Each street name's folded words, in the gazetteer's order. */
    private final Map<String, List<String>> streetWords = new LinkedHashMap<>();
    private final Map<String, List<StreetStretch>> byStreet = new HashMap<>();
    private final Set<String> commonWords;
    private final Map<String, List<StreetStretch>> byPostcode = new HashMap<>();

    public StreetGazetteer(List<StreetStretch> stretches) {
        this.stretches = List.copyOf(stretches);
        Map<String, Integer> namesWithWord = new HashMap<>();
        for (StreetStretch stretch : this.stretches) {
            byStreet.computeIfAbsent(stretch.street(), s -> new ArrayList<>()).add(stretch);
            if (!stretch.postcode().isEmpty()) {
                byPostcode.computeIfAbsent(postcodeKey(stretch.postcode()), p -> new ArrayList<>()).add(stretch);
            }
            if (!streetWords.containsKey(stretch.street())) {
                List<String> words = words(stretch.street());
                streetWords.put(stretch.street(), words);
                words.stream().distinct().forEach(word -> namesWithWord.merge(word, 1, Integer::sum));
            }
        }
        int names = streetWords.size();
        this.commonWords = namesWithWord.entrySet().stream()
                .filter(entry -> entry.getValue() >= COMMON_AT_LEAST && entry.getValue() >= names * COMMON_SHARE)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isEmpty() {
        return stretches.isEmpty();
    }

    public List<StreetStretch> stretches() {
        return stretches;
    }

    /** The first numbered street, with a number it has: what a family could type. */
    public java.util.Optional<String> example() {
        return stretches.stream().filter(StreetStretch::numbered).findFirst()
                .map(stretch -> stretch.street() + " " + Math.max(stretch.firstNumber(), Math.min(12, stretch.lastNumber())));
    }

    /** The point an address names, the streets it could mean, or nothing. */
    public AddressMatch find(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > LONGEST_ADDRESS || stretches.isEmpty()) {
            return AddressMatch.none();
        }
        List<String> tokens = words(typed);
        String postcode = null;
        Integer number = null;
        List<String> streetQuery = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (postcode == null && byPostcode.containsKey(postcodeKey(token))) {
                postcode = postcodeKey(token);
            } else if (postcode == null && i + 1 < tokens.size() && byPostcode.containsKey(postcodeKey(token + tokens.get(i + 1)))) {
                postcode = postcodeKey(token + tokens.get(i + 1));
                i++;
            } else if (number == null && token.matches("\\d{1,4}[a-z]?")) {
                number = Integer.parseInt(token.replaceAll("[a-z]", ""));
            } else if (!token.matches("\\d+")) {
                streetQuery.add(token);
            }
        }
        if (streetQuery.isEmpty()) {
            return postcode == null ? AddressMatch.none() : postcodeOnly(postcode);
        }
        List<String> streets = streetsMeant(streetQuery, postcode);
        if (streets.isEmpty()) {
            return AddressMatch.none();
        }
        if (streets.size() > 1) {
            return AddressMatch.choose(streets.stream().limit(MOST_CHOICES).toList());
        }
        return door(streets.get(0), number, postcode);
    }

    /**
     * The streets the words can mean: every distinctive word but one must begin a word of the street's name (so
     * "calle" typed for "Carrer" is forgiven, "carrer de la lluna" is not "Carrer de la Riera"). The street that
     * takes the most words wins; a name typed whole wins outright; a postcode narrows the choice.
     */
    private List<String> streetsMeant(List<String> query, String postcode) {
        List<String> distinctive = query.stream().filter(word -> !isCommon(word)).toList();
        int[] best = {0, 0, 0};
        List<String> meant = new ArrayList<>();
        for (Map.Entry<String, List<String>> street : streetWords.entrySet()) {
            List<String> words = street.getValue();
            if (words.equals(query)) {
                return List.of(street.getKey());
            }
            int matchedDistinctive = (int) distinctive.stream().filter(word -> begins(word, words)).count();
            boolean candidate = distinctive.isEmpty()
                    ? query.stream().allMatch(word -> begins(word, words))
                    : matchedDistinctive >= 1 && distinctive.size() - matchedDistinctive <= 1;
            if (!candidate) {
                continue;
            }
            // Distinctive words first, then words typed whole ("mar" is Carrer del Mar before Carrer de la Mare…).
            int[] score = {matchedDistinctive, (int) query.stream().filter(words::contains).count(),
                    (int) query.stream().filter(word -> begins(word, words)).count()};
            int compared = Arrays.compare(score, best);
            if (compared > 0) {
                meant.clear();
                best = score;
            }
            if (compared >= 0) {
                meant.add(street.getKey());
            }
        }
        if (postcode != null && meant.size() > 1) {
            List<String> inPostcode = meant.stream().filter(name -> byStreet.get(name).stream()
                    .anyMatch(stretch -> postcodeKey(stretch.postcode()).equals(postcode))).toList();
            if (!inPostcode.isEmpty()) {
                return inPostcode;
            }
        }
        return meant;
    }

    private boolean isCommon(String word) {
        return commonWords.stream().anyMatch(common -> common.startsWith(word));
    }

    /** A word begins one of the name's words, or lies inside one ("horta" in "lhorta", l'Horta folded). */
    private static boolean begins(String word, List<String> words) {
        return words.stream().anyMatch(candidate -> candidate.startsWith(word)
                || word.length() >= MIDDLE_OF_WORD_AT_LEAST && candidate.contains(word));
    }

    /** The door on the street: the stretch holding the number (or nearest to it), else the street's middle. */
    private AddressMatch door(String street, Integer number, String postcode) {
        List<StreetStretch> candidates = byStreet.get(street);
        if (postcode != null && candidates.stream().anyMatch(s -> postcodeKey(s.postcode()).equals(postcode))) {
            candidates = candidates.stream().filter(s -> postcodeKey(s.postcode()).equals(postcode)).toList();
        } else {
            // One name in several postcodes (towns that merged keep their streets' names): the family says which.
            List<StreetStretch> fitting = number == null ? candidates : candidates.stream()
                    .filter(s -> s.numbered() && s.numbersAway(number) == 0).toList();
            List<String> postcodes = (fitting.isEmpty() ? candidates : fitting).stream()
                    .map(StreetStretch::postcode).distinct().sorted().toList();
            if (postcodes.size() > 1) {
                return AddressMatch.choose(postcodes.stream().map(code -> label(street, code)).limit(MOST_CHOICES).toList());
            }
        }
        if (number != null && candidates.stream().anyMatch(StreetStretch::numbered)) {
            int wanted = number;
            StreetStretch stretch = candidates.stream().filter(StreetStretch::numbered)
                    .min(Comparator.comparingInt(s -> s.numbersAway(wanted))).orElseThrow();
            int shown = stretch.numbersAway(wanted) == 0 ? wanted
                    : Math.abs(wanted - stretch.firstNumber()) < Math.abs(wanted - stretch.lastNumber())
                    ? stretch.firstNumber() : stretch.lastNumber();
            return AddressMatch.found(label(street + " " + shown, stretch.postcode()), stretch.pointOf(shown));
        }
        StreetStretch middle = candidates.get(candidates.size() / 2);
        return AddressMatch.found(label(street, candidates.size() == 1 ? middle.postcode() : ""), middle.middle());
    }

    private AddressMatch postcodeOnly(String postcode) {
        List<StreetStretch> area = byPostcode.get(postcode);
        double latitude = area.stream().mapToDouble(s -> s.middle().getLatitude()).average().orElseThrow();
        double longitude = area.stream().mapToDouble(s -> s.middle().getLongitude()).average().orElseThrow();
        return AddressMatch.found(area.get(0).postcode(), new GeoPoint(latitude, longitude));
    }

    private static String label(String address, String postcode) {
        return postcode.isEmpty() ? address : address + ", " + postcode;
    }

    /** Folded words, digits of any script as 0–9: "C/ Riera, ١٢" is [c, riera, 12]. */
    static List<String> words(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        SearchText.fold(text).codePoints().forEach(c -> {
            int digit = UCharacter.getType(c) == UCharacter.DECIMAL_DIGIT_NUMBER ? UCharacter.digit(c, 10) : -1;
            if (digit >= 0) {
                ascii.append((char) ('0' + digit));
            } else {
                ascii.appendCodePoint(c);
            }
        });
        return Arrays.stream(ascii.toString().split("[^\\p{L}\\p{Nd}]+")).filter(word -> !word.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static String postcodeKey(String postcode) {
        return postcode.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
