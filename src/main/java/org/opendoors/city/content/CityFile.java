package org.opendoors.city.content;

import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.domain.City;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.GeoArea;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.domain.Neighbourhood;
import org.opendoors.city.domain.SchoolTypeWords;
import org.opendoors.city.domain.Stage;
import org.opendoors.city.domain.StageOffer;
import org.opendoors.city.domain.StreetGazetteer;
import org.opendoors.city.domain.StreetStretch;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.ExpectedText;
import org.opendoors.content.reader.BoundedYaml;
import org.opendoors.content.reader.ContentFormat;
import org.opendoors.content.reader.ContentReading;
import org.opendoors.content.reader.FileReference;
import org.opendoors.content.reader.Problems;
import org.opendoors.content.reader.Quoted;
import org.opendoors.content.reader.YamlMap;
import org.opendoors.content.reader.YamlRefusedException;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * {@code city.yaml} and the district outlines it names: read first, since every other file refers to the city's
 * districts, stages, calendar or source language.
 */
public final class CityFile implements ContentFormat<CityDescription> {

    public static final String CITY_FILE = "city.yaml";
    /** Ids of districts and calendar steps, and names of school and block folders. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{5,20}");
    private static final Set<String> CITY_FIELDS = Set.of("name", "source_language", "school_year", "time_zone",
            "district_outlines", "catchment_areas", "districts", "stages", "family_help_office", "calendar",
            "school_type_words", "street_gazetteer");

    @Override
    public Class<CityDescription> part() {
        return CityDescription.class;
    }

    @Override
    public Optional<String> markerFile() {
        return Optional.of(CITY_FILE);
    }

    /**
     * city.yaml, and the map files it names when they are plain names of files at the top of the folder (a name
     * that is not one is left to the reader, which refuses it on its field). When city.yaml cannot be read, any
     * GeoJSON file at the top is kept, so that the communicator sees city.yaml's problem, not outlines ignored.
     * Read within the content limits, so a city.yaml made to explode is refused here at once and reported by the
     * reader.
     */
    @Override
    public Predicate<String> files(String markerText) {
        Optional<Set<String>> named = markerText == null ? Optional.empty() : mapFilesNamedIn(markerText);
        return path -> path.equals(CITY_FILE) || named.map(names -> names.contains(path))
                .orElse(path.endsWith(".geojson") && !path.contains("/"));
    }

    private static Optional<Set<String>> mapFilesNamedIn(String cityYaml) {
        Object root;
        try {
            root = BoundedYaml.load(cityYaml, BoundedYaml.Limits.CONTENT);
        } catch (YamlRefusedException e) {
            return Optional.empty();
        }
        if (!(root instanceof Map<?, ?> fields)) {
            return Optional.empty();
        }
        return Optional.of(Stream.of("district_outlines", "catchment_areas", "street_gazetteer")
                .map(fields::get)
                .flatMap(value -> value instanceof String name ? Stream.of(name) : Stream.empty())
                .filter(FileReference::isGeoJsonName)
                .collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public CityDescription read(ContentReading reading) throws ContentRejectedException {
        Problems problems = reading.problems();
        Optional<YamlMap> cityFile = reading.files().fields(CITY_FILE);
        if (cityFile.isEmpty()) {
            // Every other file refers to the city: without it nothing else can be checked meaningfully.
            throw new ContentRejectedException(problems.all());
        }
        YamlMap yaml = cityFile.get();
        yaml.allowOnly(CITY_FIELDS);
        City city = city(yaml);
        List<District> districts = districts(yaml);
        Map<String, GeoArea> outlines = outlines(reading, yaml, districts);
        List<StageOffer> stages = stages(yaml);
        List<CalendarStep> calendar = calendar(reading, yaml, city.getSourceLanguage());
        Optional<String> catchmentAreas = FileReference.geoJson(yaml, "catchment_areas", false);
        return new CityDescription(city, districts, stages, calendar, outlines, catchmentAreas,
                new SchoolTypeWords(yaml.textList("school_type_words", false)), streets(reading, yaml, outlines));
    }

    private City city(YamlMap yaml) {
        String name = yaml.requiredText("name");
        String sourceLanguage = language(yaml, "source_language");
        String schoolYear = yaml.requiredText("school_year");
        String timeZone = yaml.requiredText("time_zone");
        if (!timeZone.isEmpty() && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            yaml.problem("time_zone", StaffWording.of("city.problem.notTimeZone", "value", Quoted.quote(timeZone)));
        }
        YamlMap office = yaml.map("family_help_office", true).orElse(null);
        String phone = "", email = "", address = "";
        if (office != null) {
            office.allowOnly(Set.of("phone", "email", "address"));
            phone = office.requiredPattern("phone", PHONE, ExpectedText.PHONE);
            email = office.requiredPattern("email", EMAIL, ExpectedText.EMAIL);
            address = office.requiredText("address");
        }
        return new City(name, sourceLanguage, schoolYear, timeZone, phone, email, address);
    }

    private static String language(YamlMap yaml, String key) {
        String tag = yaml.requiredText(key);
        if (!tag.isEmpty() && SupportedLanguage.fromTag(tag).isEmpty()) {
            yaml.problem(key, StaffWording.of("city.problem.notPortalLanguage", "value", Quoted.quote(tag),
                    "languages", supportedTags()));
            return "";
        }
        return tag;
    }

    private List<District> districts(YamlMap yaml) {
        List<District> districts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<YamlMap> entries = yaml.maps("districts", true);
        for (int i = 0; i < entries.size(); i++) {
            YamlMap entry = entries.get(i);
            entry.allowOnly(Set.of("id", "name", "neighbourhoods"));
            String id = entry.requiredPattern("id", SLUG, ExpectedText.SLUG);
            if (!id.isEmpty() && !ids.add(id)) {
                entry.problem("id", StaffWording.of("city.problem.districtIdTaken", "value", Quoted.quote(id)));
            }
            districts.add(new District(id, entry.requiredText("name"), i, neighbourhoods(entry), ""));
        }
        return districts;
    }

    /** Neighbourhoods by name, each with the point distances are measured from when a family picks it. */
    private List<Neighbourhood> neighbourhoods(YamlMap district) {
        List<Neighbourhood> neighbourhoods = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (YamlMap entry : district.maps("neighbourhoods", true)) {
            entry.allowOnly(Set.of("name", "location"));
            String name = entry.requiredText("name");
            if (!name.isEmpty() && !names.add(name)) {
                entry.problem("name", StaffWording.of("city.problem.neighbourhoodTwice", "value", Quoted.quote(name)));
            }
            entry.map("location", true).map(CityFile::point)
                    .ifPresent(point -> neighbourhoods.add(new Neighbourhood(name, point.getLatitude(), point.getLongitude())));
        }
        return neighbourhoods;
    }

    /** A {@code lat}/{@code lon} pair, or null after reporting what is wrong with it. */
    public static GeoPoint point(YamlMap yaml) {
        yaml.allowOnly(Set.of("lat", "lon"));
        double lat = yaml.requiredNumber("lat", -90, 90);
        double lon = yaml.requiredNumber("lon", -180, 180);
        return Double.isNaN(lat) || Double.isNaN(lon) ? null : new GeoPoint(lat, lon);
    }

    /** Reads the outlines file and gives each district its outline; every district needs exactly one. */
    private Map<String, GeoArea> outlines(ContentReading reading, YamlMap yaml, List<District> districts) {
        Optional<String> named = FileReference.geoJson(yaml, "district_outlines", true);
        if (named.isEmpty()) {
            return Map.of();
        }
        String fileName = named.get();
        Problems problems = reading.problems();
        Map<String, GeoArea> outlines = new HashMap<>();
        reading.files().parse(fileName).map(root -> GeoJsonOutlines.read(problems, fileName, root, "district", Set.of()))
                .orElse(Map.of())
                .forEach((id, feature) -> outlines.put(id, feature.area()));
        Set<String> ids = districts.stream().map(District::getId).collect(Collectors.toSet());
        for (String outlined : outlines.keySet()) {
            if (!ids.contains(outlined)) {
                problems.add(fileName, 0, "features", StaffWording.of("city.problem.outlineNotListed",
                        "district", Quoted.quote(outlined), "file", CITY_FILE));
            }
        }
        for (int i = 0; i < districts.size(); i++) {
            District district = districts.get(i);
            GeoArea outline = outlines.get(district.getId());
            if (outline == null) {
                if (!district.getId().isEmpty()) {
                    problems.add(fileName, 0, "features", StaffWording.of("city.problem.noOutline",
                            "district", Quoted.quote(district.getId())));
                }
                continue;
            }
            districts.set(i, district.withOutline(outline.geoJson()));
        }
        return outlines;
    }

    /**
     * The street gazetteer {@code city.yaml} names, if any. Every street must lie in one of the districts: an address
     * outside them would give a family distances from somewhere that is not the city.
     */
    private StreetGazetteer streets(ContentReading reading, YamlMap yaml, Map<String, GeoArea> outlines) {
        Optional<String> named = FileReference.geoJson(yaml, "street_gazetteer", false);
        if (named.isEmpty()) {
            return StreetGazetteer.EMPTY;
        }
        String fileName = named.get();
        Problems problems = reading.problems();
        List<StreetStretch> stretches = reading.files().parse(fileName)
                .map(root -> GeoJsonStreets.read(problems, fileName, root)).orElse(List.of());
        if (!outlines.isEmpty()) {
            for (StreetStretch stretch : stretches) {
                boolean inside = stretch.line().stream().allMatch(point -> outlines.values().stream()
                        .anyMatch(area -> area.contains(point.getLatitude(), point.getLongitude())));
                if (!inside) {
                    problems.add(fileName, 0, "features", StaffWording.of("city.problem.streetOutside",
                            "street", Quoted.quote(stretch.street())));
                }
            }
        }
        return new StreetGazetteer(stretches);
    }

    private List<StageOffer> stages(YamlMap yaml) {
        List<StageOffer> offers = new ArrayList<>();
        Set<Stage> seen = new LinkedHashSet<>();
        List<YamlMap> entries = yaml.maps("stages", true);
        for (int i = 0; i < entries.size(); i++) {
            YamlMap entry = entries.get(i);
            entry.allowOnly(Set.of("code", "from_age", "to_age"));
            Optional<Stage> stage = entry.code("code", Stage.class);
            int from = entry.requiredInteger("from_age", 0, 25);
            int to = entry.requiredInteger("to_age", 1, 30);
            if (stage.isPresent() && !seen.add(stage.get())) {
                entry.problem("code", StaffWording.of("city.problem.stageTwice", "value", Quoted.quote(stage.get().code())));
            } else if (stage.isPresent() && from >= 0 && to >= 0) {
                if (to <= from) {
                    entry.problem("to_age", StaffWording.of("city.problem.toAgeNotAboveFromAge", "field", "from_age"));
                } else {
                    offers.add(new StageOffer(stage.get(), from, to, i));
                }
            }
        }
        return offers;
    }

    private List<CalendarStep> calendar(ContentReading reading, YamlMap yaml, String sourceLanguage) {
        List<CalendarStep> steps = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<YamlMap> entries = yaml.maps("calendar", true);
        for (int i = 0; i < entries.size(); i++) {
            YamlMap entry = entries.get(i);
            entry.allowOnly(Set.of("id", "from", "to", "title"));
            String id = entry.requiredPattern("id", SLUG, ExpectedText.SLUG);
            if (!id.isEmpty() && !ids.add(id)) {
                entry.problem("id", StaffWording.of("city.problem.stepIdTaken", "value", Quoted.quote(id)));
            }
            Optional<LocalDate> from = entry.requiredDate("from");
            Optional<LocalDate> to = entry.requiredDate("to");
            Map<String, String> titles = entry.map("title", true)
                    .map(title -> translations(reading, title, sourceLanguage)).orElse(Map.of());
            if (from.isPresent() && to.isPresent()) {
                if (to.get().isBefore(from.get())) {
                    entry.problem("to", StaffWording.of("city.problem.endsBeforeStart", "from", from.get().toString()));
                } else {
                    steps.add(new CalendarStep(id, i, from.get(), to.get(), titles));
                }
            }
        }
        return steps;
    }

    /** A short text given per language ({@code ca: …, es: …}); the source language is required. */
    private static Map<String, String> translations(ContentReading reading, YamlMap yaml, String sourceLanguage) {
        Set<String> tags = SupportedLanguage.all().stream().map(SupportedLanguage::tag).collect(Collectors.toSet());
        yaml.allowOnly(tags);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String tag : yaml.keys()) {
            if (tags.contains(tag)) {
                yaml.optionalText(tag).ifPresent(text -> {
                    texts.put(tag, text);
                    reading.guard(yaml, tag, tag, text);
                });
            }
        }
        if (!sourceLanguage.isEmpty() && !texts.containsKey(sourceLanguage)) {
            yaml.problem(null, StaffWording.of("city.problem.noSourceText", "language", Quoted.quote(sourceLanguage)));
        }
        return texts;
    }

    /** The portal's languages as a content file names them: ca, es, en… */
    public static String supportedTags() {
        return SupportedLanguage.all().stream().map(SupportedLanguage::tag).collect(Collectors.joining(", "));
    }
}
