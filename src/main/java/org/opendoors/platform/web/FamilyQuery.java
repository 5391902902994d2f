package org.opendoors.platform.web;

import com.ibm.icu.text.Normalizer2;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A family URL's query string reduced to what its page reads, spelled one way: unknown parameters and values that
 * mean nothing are dropped, parameters come in the page's own order, sets of codes sorted, search text normalised
 * and bounded. The page is rendered from this query and cached under it, so junk in a URL can neither make a new
 * cache entry nor reach a page.
 */
public final class FamilyQuery {

    /** Where the routing filter leaves the page's query for its beans (an injected request is the raw one). */
    public static final String REQUEST_ATTRIBUTE = FamilyQuery.class.getName();

    /** Longer query strings are refused before any parameter is read (no family form makes one this long). */
    public static final int LONGEST_QUERY = 4096;
    /** The search box's own limit, in code points. */
    static final int LONGEST_TEXT = 100;
    /** More values than any filter has options. */
    static final int MOST_VALUES = 24;

    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,59}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern POINT = Pattern.compile("(-?\\d{1,2}(?:\\.\\d{1,12})?),(-?\\d{1,3}(?:\\.\\d{1,12})?)");
    private static final Pattern CONTROL_OR_SPACE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Z}\\s]+");

    /** How a parameter's values are read. */
    public enum Kind {
        /** Free text, one value: the search words. */
        TEXT,
        /** A set of codes; order does not matter, so they are sorted. */
        CODES,
        /** One code. */
        CODE,
        /** School slugs in the order the family chose them. */
        SLUGS,
        /** A point as latitude,longitude, rounded to about ten metres. */
        POINT,
        /** yes or no. */
        YES_NO
    }

    private final String canonical;
    private final Map<String, List<String>> parameters;

    private FamilyQuery(Map<String, List<String>> parameters) {
        this.parameters = parameters;
        StringBuilder query = new StringBuilder();
        parameters.forEach((name, values) -> values.forEach(value -> query.append(query.isEmpty() ? "" : "&")
                .append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        this.canonical = query.toString();
    }

    /**
     * Reads a raw query string (as it arrived, percent-encoded) for a page that knows these parameters.
     *
     * @throws IllegalArgumentException when the query is longer than {@link #LONGEST_QUERY}
     */
    public static FamilyQuery read(String rawQuery, Map<String, Kind> known) {
        if (rawQuery == null || rawQuery.isEmpty() || known.isEmpty()) {
            return new FamilyQuery(Map.of());
        }
        if (rawQuery.length() > LONGEST_QUERY) {
            throw new IllegalArgumentException("query of " + rawQuery.length() + " characters");
        }
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name != null && known.containsKey(name)) {
                String value = decode(equals < 0 ? "" : pair.substring(equals + 1));
                List<String> values = given.computeIfAbsent(name, ignored -> new ArrayList<>());
                if (value != null && values.size() < MOST_VALUES) {
                    values.add(value);
                }
            }
        }
        Map<String, List<String>> canonical = new LinkedHashMap<>();
        known.forEach((name, kind) -> {
            List<String> values = clean(kind, given.getOrDefault(name, List.of()));
            if (!values.isEmpty()) {
                canonical.put(name, values);
            }
        });
        return new FamilyQuery(canonical);
    }

    /**
     * The canonical query of the family page this request renders. Beans read their parameters here, never from
     * the request itself, whose raw query may hold anything.
     */
    public static FamilyQuery of(jakarta.servlet.http.HttpServletRequest request) {
        Object query = request.getAttribute(REQUEST_ATTRIBUTE);
        if (!(query instanceof FamilyQuery familyQuery)) {
            throw new IllegalStateException("A family page was rendered without its query: " + request.getRequestURI());
        }
        return familyQuery;
    }

    /** The query string to render and cache under; empty when nothing the page reads was given. */
    public String canonical() {
        return canonical;
    }

    /** The parameters as the servlet API gives them, for the page's beans. */
    public Map<String, String[]> parameterMap() {
        Map<String, String[]> map = new LinkedHashMap<>();
        parameters.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
        return map;
    }

    public boolean isEmpty() {
        return canonical.isEmpty();
    }

    /** The first value of a parameter the page reads. */
    public Optional<String> value(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The same query with one parameter set to one value, in the page's parameter order. */
    public FamilyQuery with(String name, String value, Map<String, Kind> known) {
        if (!known.containsKey(name)) {
            throw new IllegalArgumentException(name + " is not a parameter of this page");
        }
        Map<String, List<String>> changed = new LinkedHashMap<>();
        known.keySet().forEach(parameter -> {
            List<String> values = parameter.equals(name) ? clean(known.get(name), List.of(value)) : parameters.get(parameter);
            if (values != null && !values.isEmpty()) {
                changed.put(parameter, values);
            }
        });
        return new FamilyQuery(changed);
    }

    /** The same query without a parameter. */
    public FamilyQuery without(String name) {
        Map<String, List<String>> changed = new LinkedHashMap<>(parameters);
        changed.remove(name);
        return new FamilyQuery(changed);
    }

    private static List<String> clean(Kind kind, List<String> values) {
        return switch (kind) {
            case TEXT -> first(values).map(FamilyQuery::text).filter(text -> !text.isEmpty()).map(List::of).orElse(List.of());
            case CODE -> values.stream().map(String::strip).filter(TOKEN.asMatchPredicate()).limit(1).toList();
            case CODES -> List.copyOf(values.stream().map(String::strip).filter(TOKEN.asMatchPredicate())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
            case SLUGS -> List.copyOf(values.stream().map(String::strip).filter(SLUG.asMatchPredicate())
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
            case POINT -> values.stream().map(FamilyQuery::point).flatMap(Optional::stream).limit(1).toList();
            case YES_NO -> values.stream().map(String::strip).filter(v -> v.equals("yes") || v.equals("no")).limit(1).toList();
        };
    }

    private static Optional<String> first(List<String> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Search words as one normalised line: NFC, controls and runs of spaces as one space, at most 100 code points. */
    static String text(String value) {
        String line = CONTROL_OR_SPACE.matcher(NFC.normalize(value)).replaceAll(" ").strip();
        if (line.codePointCount(0, line.length()) > LONGEST_TEXT) {
            line = line.substring(0, line.offsetByCodePoints(0, LONGEST_TEXT)).strip();
        }
        return line;
    }

    static Optional<String> point(String value) {
        Matcher matcher = POINT.matcher(value.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        double latitude = Double.parseDouble(matcher.group(1));
        double longitude = Double.parseDouble(matcher.group(2));
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%.4f,%.4f", latitude, longitude));
    }

    /** Percent-decoding that treats a broken escape or a malformed byte sequence as "no value" rather than failing. */
    private static String decode(String raw) {
        try {
            String decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
            return decoded.indexOf('\uFFFD') >= 0 && !raw.contains("%EF%BF%BD") && !raw.contains("\uFFFD") ? null : decoded;
        } catch (IllegalArgumentException brokenEscape) {
            return null;
        }
    }
}
