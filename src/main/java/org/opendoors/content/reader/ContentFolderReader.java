package org.opendoors.content.reader;


import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.domain.CatchmentArea;
import org.opendoors.city.domain.City;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.GeoArea;
import org.opendoors.city.domain.Neighbourhood;
import org.opendoors.city.domain.StageOffer;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.guard.service.ContentGuard;
import org.opendoors.guide.domain.GuidePage;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.school.domain.AccessibilityFeature;
import org.opendoors.school.domain.Approach;
import org.opendoors.school.domain.ContactDetails;
import org.opendoors.school.domain.Facility;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.school.domain.OpenDay;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolService;
import org.opendoors.school.domain.SchoolTexts;
import org.opendoors.city.domain.Stage;
import org.opendoors.school.domain.TextSection;
import org.opendoors.targeting.domain.ContentBlock;
import org.yaml.snakeyaml.nodes.Node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a {@code content/} folder (layout in {@code content/README.md}) into a {@link CityContent}, or refuses it
 * whole with every problem found: file, line, field and what to do. Nothing half-read ever leaves this class.
 */
public final class ContentFolderReader {

    static final String CITY_FILE = "city.yaml";
    static final String SCHOOLS_FOLDER = "schools";
    static final String FACTS_FILE = "school.yaml";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ]{5,20}");
    private static final Set<String> CITY_FIELDS = Set.of("name", "source_language", "school_year", "time_zone",
            "district_outlines", "catchment_areas", "districts", "stages", "family_help_office", "calendar");
    private static final Set<String> SCHOOL_FIELDS = Set.of("name", "district", "neighbourhood", "address",
            "postcode", "location", "ownership", "stages", "approaches", "instruction_languages",
            "community_languages", "services", "facilities", "accessibility", "open_days", "contact");
    private static final Set<String> TEXT_FIELDS = Arrays.stream(TextSection.values()).map(TextSection::code)
            .collect(Collectors.toUnmodifiableSet());

    private final Path folder;
    private final Problems problems = new Problems();
    private final ContentFiles files;
    private final TextsToGuard textsToGuard = new TextsToGuard(problems);
    /** Every school folder found, read without problems or not: other files may name them. */
    private final Set<String> schoolFolders = new LinkedHashSet<>();

    /** Which files' texts the content guard reads: all of them on import and publish, the edited one on a save. */
    private final Predicate<String> guarded;

    private ContentFolderReader(Path folder, Predicate<String> guarded) {
        this.folder = folder;
        this.guarded = guarded;
        this.files = new ContentFiles(folder, problems);
    }

    /** The content guard with the rules of a content folder ({@code guard/<lang>.yaml}), which must be valid. */
    public static ContentGuard guard(Path folder) {
        Problems problems = new Problems();
        ContentGuard guard = new ContentGuard(GuardRulesReader.read(new ContentFiles(folder, problems), problems));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(new ContentRejectedException(problems.all()).getMessage());
        }
        return guard;
    }

    public static CityContent read(Path folder) throws ContentRejectedException {
        return new ContentFolderReader(folder, file -> true).readAll();
    }

    /**
     * Reads and checks the whole folder, but runs the content guard only over the texts of the files it names:
     * the other files were guarded when they were saved, and the guard is the slow part of a read.
     */
    public static CityContent read(Path folder, Predicate<String> guardedFiles) throws ContentRejectedException {
        return new ContentFolderReader(folder, guardedFiles).readAll();
    }

    private CityContent readAll() throws ContentRejectedException {
        if (!Files.isDirectory(folder)) {
            problems.add(folder.toString(), 0, "", "is not a folder");
            throw new ContentRejectedException(problems.all());
        }
        Optional<YamlMap> cityFile = parse(CITY_FILE).flatMap(root -> YamlMap.root(problems, CITY_FILE, root));
        if (cityFile.isEmpty()) {
            throw new ContentRejectedException(problems.all());
        }
        YamlMap cityYaml = cityFile.get();
        cityYaml.allowOnly(CITY_FIELDS);
        City city = city(cityYaml);
        List<District> districts = districts(cityYaml);
        Map<String, GeoArea> outlines = outlines(cityYaml, districts);
        List<StageOffer> stages = stages(cityYaml);
        List<CalendarStep> calendar = calendar(cityYaml, city.getSourceLanguage());
        List<School> schools = schools(districts, outlines, stages, city.getSourceLanguage());
        List<CatchmentArea> catchmentAreas = catchmentAreas(cityYaml);
        List<GuidePage> guide = GuideReader.read(files, problems, textsToGuard, city.getSourceLanguage(),
                calendar.stream().map(CalendarStep::getId).toList());
        List<ContentBlock> blocks = BlockReader.read(files, problems, textsToGuard, city.getSourceLanguage());
        textsToGuard.check(new ContentGuard(GuardRulesReader.read(files, problems)), guarded);
        if (!problems.isEmpty()) {
            throw new ContentRejectedException(problems.all());
        }
        return new CityContent(city, districts, stages, calendar, schools, catchmentAreas, guide, blocks);
    }

    private City city(YamlMap yaml) {
        String name = yaml.requiredText("name");
        String sourceLanguage = language(yaml, "source_language");
        String schoolYear = yaml.requiredText("school_year");
        String timeZone = yaml.requiredText("time_zone");
        if (!timeZone.isEmpty() && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            yaml.problem("time_zone", Quoted.quote(timeZone) + " is not a time zone name such as Europe/Madrid");
        }
        YamlMap office = yaml.map("family_help_office", true).orElse(null);
        String phone = "", email = "", address = "";
        if (office != null) {
            office.allowOnly(Set.of("phone", "email", "address"));
            phone = office.requiredPattern("phone", PHONE, "a phone number");
            email = office.requiredPattern("email", EMAIL, "an e-mail address");
            address = office.requiredText("address");
        }
        return new City(name, sourceLanguage, schoolYear, timeZone, phone, email, address);
    }

    private String language(YamlMap yaml, String key) {
        String tag = yaml.requiredText(key);
        if (!tag.isEmpty() && SupportedLanguage.fromTag(tag).isEmpty()) {
            yaml.problem(key, Quoted.quote(tag) + " is not one of the portal's languages: " + supportedTags());
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
            String id = entry.requiredPattern("id", SLUG, "an id of lower-case letters, digits and hyphens");
            if (!id.isEmpty() && !ids.add(id)) {
                entry.problem("id", Quoted.quote(id) + " is used by another district");
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
                entry.problem("name", Quoted.quote(name) + " is listed twice");
            }
            entry.map("location", true).map(this::point)
                    .ifPresent(point -> neighbourhoods.add(new Neighbourhood(name, point.getLatitude(), point.getLongitude())));
        }
        return neighbourhoods;
    }

    private GeoPoint point(YamlMap yaml) {
        yaml.allowOnly(Set.of("lat", "lon"));
        double lat = yaml.requiredNumber("lat", -90, 90);
        double lon = yaml.requiredNumber("lon", -180, 180);
        return Double.isNaN(lat) || Double.isNaN(lon) ? null : new GeoPoint(lat, lon);
    }

    /** Reads the outlines file and gives each district its outline; every district needs exactly one. */
    private Map<String, GeoArea> outlines(YamlMap yaml, List<District> districts) {
        Optional<String> named = FileReference.geoJson(yaml, "district_outlines", true);
        if (named.isEmpty()) {
            return Map.of();
        }
        String fileName = named.get();
        Map<String, GeoArea> outlines = new HashMap<>();
        parse(fileName).map(root -> GeoJsonOutlines.read(problems, fileName, root, "district", Set.of()))
                .orElse(Map.of())
                .forEach((id, feature) -> outlines.put(id, feature.area()));
        Set<String> ids = districts.stream().map(District::getId).collect(Collectors.toSet());
        for (String outlined : outlines.keySet()) {
            if (!ids.contains(outlined)) {
                problems.add(fileName, 0, "features", "outline for district " + Quoted.quote(outlined) + ", which city.yaml does not list");
            }
        }
        for (int i = 0; i < districts.size(); i++) {
            District district = districts.get(i);
            GeoArea outline = outlines.get(district.getId());
            if (outline == null) {
                if (!district.getId().isEmpty()) {
                    problems.add(fileName, 0, "features", "no outline for district " + Quoted.quote(district.getId()));
                }
                continue;
            }
            districts.set(i, district.withOutline(outline.geoJson()));
        }
        return outlines;
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
                entry.problem("code", Quoted.quote(stage.get().code()) + " is listed twice");
            } else if (stage.isPresent() && from >= 0 && to >= 0) {
                if (to <= from) {
                    entry.problem("to_age", "must be greater than from_age");
                } else {
                    offers.add(new StageOffer(stage.get(), from, to, i));
                }
            }
        }
        return offers;
    }

    private List<CalendarStep> calendar(YamlMap yaml, String sourceLanguage) {
        List<CalendarStep> steps = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<YamlMap> entries = yaml.maps("calendar", true);
        for (int i = 0; i < entries.size(); i++) {
            YamlMap entry = entries.get(i);
            entry.allowOnly(Set.of("id", "from", "to", "title"));
            String id = entry.requiredPattern("id", SLUG, "an id of lower-case letters, digits and hyphens");
            if (!id.isEmpty() && !ids.add(id)) {
                entry.problem("id", Quoted.quote(id) + " is used by another step");
            }
            Optional<LocalDate> from = entry.requiredDate("from");
            Optional<LocalDate> to = entry.requiredDate("to");
            Map<String, String> titles = entry.map("title", true)
                    .map(title -> translations(title, sourceLanguage)).orElse(Map.of());
            if (from.isPresent() && to.isPresent()) {
                if (to.get().isBefore(from.get())) {
                    entry.problem("to", "ends before it starts (" + from.get() + ")");
                } else {
                    steps.add(new CalendarStep(id, i, from.get(), to.get(), titles));
                }
            }
        }
        return steps;
    }

    /** A short text given per language ({@code ca: …, es: …}); the source language is required. */
    private Map<String, String> translations(YamlMap yaml, String sourceLanguage) {
        Set<String> tags = SupportedLanguage.all().stream().map(SupportedLanguage::tag).collect(Collectors.toSet());
        yaml.allowOnly(tags);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String tag : yaml.keys()) {
            if (tags.contains(tag)) {
                yaml.optionalText(tag).ifPresent(text -> {
                    texts.put(tag, text);
                    textsToGuard.add(yaml, tag, tag, text);
                });
            }
        }
        if (!sourceLanguage.isEmpty() && !texts.containsKey(sourceLanguage)) {
            yaml.problem(null, "needs a text in the source language " + Quoted.quote(sourceLanguage));
        }
        return texts;
    }

    /**
     * The optional catchment areas file: each feature names its {@code area} and lists the {@code schools} an
     * address inside it is near for admission.
     */
    private List<CatchmentArea> catchmentAreas(YamlMap yaml) {
        Optional<String> fileName = FileReference.geoJson(yaml, "catchment_areas", false);
        if (fileName.isEmpty()) {
            return List.of();
        }
        List<CatchmentArea> areas = new ArrayList<>();
        parse(fileName.get())
                .map(root -> GeoJsonOutlines.read(problems, fileName.get(), root, "area", Set.of("schools")))
                .orElse(Map.of())
                .forEach((id, feature) -> {
                    List<String> areaSchools = feature.properties().textList("schools", true);
                    for (String slug : areaSchools) {
                        if (!schoolFolders.contains(slug)) {
                            feature.properties().problem("schools", Quoted.quote(slug) + " is not a school in schools/");
                        }
                    }
                    areas.add(new CatchmentArea(id, feature.area().geoJson(), Set.copyOf(areaSchools)));
                });
        return areas;
    }

    private List<School> schools(List<District> districts, Map<String, GeoArea> outlines, List<StageOffer> offered,
                                 String sourceLanguage) {
        Path schoolsFolder = folder.resolve(SCHOOLS_FOLDER);
        if (!Files.isDirectory(schoolsFolder)) {
            problems.add(SCHOOLS_FOLDER, 0, "", "the folder of schools is missing");
            return List.of();
        }
        Map<String, District> districtsById = new HashMap<>();
        districts.forEach(district -> districtsById.put(district.getId(), district));
        Set<Stage> offeredStages = offered.stream().map(StageOffer::getStage).collect(Collectors.toSet());
        List<School> schools = new ArrayList<>();
        for (Path schoolFolder : files.list(SCHOOLS_FOLDER)) {
            String slug = schoolFolder.getFileName().toString();
            String relative = SCHOOLS_FOLDER + "/" + slug;
            if (!Files.isDirectory(schoolFolder)) {
                problems.add(relative, 0, "", "each school is a folder named after its web address (e.g. escola-la-sinia)");
            } else if (!SLUG.matcher(slug).matches()) {
                problems.add(relative, 0, "", "a school folder is named with lower-case letters, digits and hyphens only");
            } else if (files.staysInside(relative)) {
                schoolFolders.add(slug);
                school(slug, relative, districtsById, outlines, offeredStages, sourceLanguage).ifPresent(schools::add);
            }
        }
        if (schools.isEmpty() && problems.isEmpty()) {
            problems.add(SCHOOLS_FOLDER, 0, "", "holds no school");
        }
        return schools;
    }

    private Optional<School> school(String slug, String relative, Map<String, District> districts,
                                    Map<String, GeoArea> outlines, Set<Stage> offeredStages, String sourceLanguage) {
        int before = problems.count();
        String factsFile = relative + "/" + FACTS_FILE;
        Optional<YamlMap> parsed = parse(factsFile).flatMap(root -> YamlMap.root(problems, factsFile, root));
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap facts = parsed.get();
        facts.allowOnly(SCHOOL_FIELDS);
        String districtId = facts.requiredText("district");
        District district = districts.get(districtId);
        if (!districtId.isEmpty() && district == null) {
            facts.problem("district", Quoted.quote(districtId) + " is not a district of city.yaml: "
                    + String.join(", ", districts.keySet()));
        }
        String neighbourhood = facts.requiredText("neighbourhood");
        if (district != null && !neighbourhood.isEmpty() && !district.getNeighbourhoodNames().contains(neighbourhood)) {
            facts.problem("neighbourhood", Quoted.quote(neighbourhood) + " is not a neighbourhood of " + district.getName()
                    + ": " + String.join(", ", district.getNeighbourhoodNames()));
        }
        GeoPoint location = facts.map("location", true).map(this::point).orElse(null);
        if (location != null && outlines.containsKey(districtId)
                && !outlines.get(districtId).contains(location.getLatitude(), location.getLongitude())) {
            facts.problem("location", "lies outside the outline of district " + Quoted.quote(districtId));
        }
        Optional<Ownership> ownership = facts.code("ownership", Ownership.class);
        Set<Stage> stages = facts.codes("stages", Stage.class, true);
        for (Stage stage : stages) {
            if (!offeredStages.isEmpty() && !offeredStages.contains(stage)) {
                facts.problem("stages", Quoted.quote(stage.code()) + " is not a stage the city lists in city.yaml");
            }
        }
        ContactDetails contact = facts.map("contact", true).map(yaml -> {
            yaml.allowOnly(Set.of("phone", "email", "website"));
            return new ContactDetails(yaml.requiredPattern("phone", PHONE, "a phone number"),
                    yaml.requiredPattern("email", EMAIL, "an e-mail address"),
                    yaml.optionalText("website").filter(site -> {
                        boolean valid = WEBSITE.matcher(site).matches();
                        if (!valid) {
                            yaml.problem("website", Quoted.quote(site) + " is not a web address starting with https://");
                        }
                        return valid;
                    }).orElse(null));
        }).orElse(null);
        List<OpenDay> openDays = openDays(facts);
        List<String> instruction = languageCodes(facts, "instruction_languages");
        List<String> community = languageCodes(facts, "community_languages");
        Set<Approach> approaches = facts.codes("approaches", Approach.class, false);
        Set<SchoolService> services = facts.codes("services", SchoolService.class, false);
        Set<Facility> facilities = facts.codes("facilities", Facility.class, false);
        Set<AccessibilityFeature> accessibility = facts.codes("accessibility", AccessibilityFeature.class, false);
        String name = facts.requiredText("name");
        String address = facts.requiredText("address");
        String postcode = facts.requiredText("postcode");
        Map<String, SchoolTexts> texts = texts(relative, sourceLanguage);

        if (problems.count() > before) {
            return Optional.empty();
        }
        School school = new School(slug, name, district, neighbourhood, address, postcode, location,
                ownership.orElseThrow(), contact)
                .offering(stages, approaches, services, facilities, accessibility)
                .speaking(instruction, community)
                .withOpenDays(openDays);
        texts.forEach(school::withTexts);
        return Optional.of(school);
    }

    private List<OpenDay> openDays(YamlMap facts) {
        List<OpenDay> days = new ArrayList<>();
        for (YamlMap entry : facts.maps("open_days", false)) {
            entry.allowOnly(Set.of("date", "start", "end"));
            Optional<LocalDate> date = entry.requiredDate("date");
            Optional<LocalTime> start = entry.requiredTime("start");
            Optional<LocalTime> end = entry.requiredTime("end");
            if (date.isPresent() && start.isPresent() && end.isPresent()) {
                if (!end.get().isAfter(start.get())) {
                    entry.problem("end", "must be later than start (" + start.get() + ")");
                } else {
                    days.add(new OpenDay(date.get(), start.get(), end.get()));
                }
            }
        }
        return days;
    }

    /** ISO 639 codes, checked against ICU's list of languages so that each has a name to show families. */
    private List<String> languageCodes(YamlMap facts, String key) {
        List<String> codes = facts.textList(key, true);
        for (String code : codes) {
            if (!LANGUAGE_CODE.matcher(code).matches() || !KnownLanguages.contains(code)) {
                facts.problem(key, Quoted.quote(code) + " is not an ISO 639 language code (ca, es, ar, zh…)");
            }
        }
        return codes;
    }

    /** The school's texts, one file per language named {@code <lang>.yaml}; the source language is required. */
    private Map<String, SchoolTexts> texts(String relative, String sourceLanguage) {
        Map<String, SchoolTexts> texts = new LinkedHashMap<>();
        Path schoolFolder = folder.resolve(relative);
        for (Path file : files.list(relative)) {
            String fileName = file.getFileName().toString();
            if (fileName.equals(FACTS_FILE) || !fileName.endsWith(".yaml")) {
                continue;
            }
            String tag = fileName.substring(0, fileName.length() - ".yaml".length());
            String textsFile = relative + "/" + fileName;
            if (SupportedLanguage.fromTag(tag).isEmpty()) {
                problems.add(textsFile, 0, "", "texts files are named after a portal language ("
                        + supportedTags() + ") followed by .yaml");
                continue;
            }
            parse(textsFile).flatMap(root -> YamlMap.root(problems, textsFile, root)).ifPresent(yaml -> {
                yaml.allowOnly(TEXT_FIELDS);
                Map<TextSection, String> sections = new EnumMap<>(TextSection.class);
                for (TextSection section : TextSection.values()) {
                    String text = yaml.requiredText(section.code());
                    sections.put(section, text);
                    textsToGuard.add(yaml, section.code(), tag, text);
                }
                texts.put(tag, new SchoolTexts(sections));
            });
        }
        if (!sourceLanguage.isEmpty() && !texts.containsKey(sourceLanguage)
                && !Files.exists(schoolFolder.resolve(sourceLanguage + ".yaml"))) {
            problems.add(relative + "/" + sourceLanguage + ".yaml", 0, "",
                    "is missing: every school needs its texts in the source language");
        }
        return texts;
    }

    private Optional<Node> parse(String relative) {
        return files.parse(relative);
    }

    private static String supportedTags() {
        return SupportedLanguage.all().stream().map(SupportedLanguage::tag).collect(Collectors.joining(", "));
    }
}
