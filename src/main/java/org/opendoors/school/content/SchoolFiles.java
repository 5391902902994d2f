package org.opendoors.school.content;

import org.opendoors.city.content.CityFile;
import org.opendoors.city.content.GeoJsonOutlines;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.GeoArea;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.domain.Stage;
import org.opendoors.city.domain.StageOffer;
import org.opendoors.content.domain.TranslatableText;
import org.opendoors.content.media.KeptPhoto;
import org.opendoors.content.media.PhotoRefusedException;
import org.opendoors.content.text.EasyRead;
import org.opendoors.content.reader.ExpectedText;
import org.opendoors.content.reader.ContentFiles;
import org.opendoors.content.reader.ContentFormat;
import org.opendoors.content.reader.ContentReading;
import org.opendoors.content.reader.KnownLanguages;
import org.opendoors.content.reader.Problems;
import org.opendoors.content.reader.Quoted;
import org.opendoors.content.reader.YamlMap;
import org.opendoors.content.service.ContentYaml;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.school.domain.AccessibilityFeature;
import org.opendoors.school.domain.Approach;
import org.opendoors.school.domain.CatchmentArea;
import org.opendoors.school.domain.ContactDetails;
import org.opendoors.school.domain.Facility;
import org.opendoors.school.domain.OpenDay;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolCatalog;
import org.opendoors.school.domain.SchoolPhoto;
import org.opendoors.school.domain.SchoolService;
import org.opendoors.school.domain.SchoolTexts;
import org.opendoors.school.domain.TextSection;

import java.time.LocalDate;
import java.time.LocalTime;
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
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.function.Predicate;

/**
 * The school folders ({@code schools/<slug>/school.yaml} with the facts, {@code <lang>.yaml} with the texts) and the
 * catchment areas file {@code city.yaml} names, which lists schools by folder.
 */
public final class SchoolFiles implements ContentFormat<SchoolCatalog> {

    public static final String SCHOOLS_FOLDER = "schools";
    public static final String FACTS_FILE = "school.yaml";

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+");
    private static final Set<String> SCHOOL_FIELDS = Set.of("name", "district", "neighbourhood", "address",
            "postcode", "location", "ownership", "stages", "approaches", "instruction_languages",
            "community_languages", "services", "facilities", "accessibility", "open_days", "contact");
    public static final String PHOTOS_FOLDER = "photos";
    private static final String PHOTOS_FIELD = "photos";
    private static final Pattern PHOTO_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> TEXT_FIELDS = java.util.stream.Stream.concat(
            Arrays.stream(TextSection.values()).map(TextSection::code), java.util.stream.Stream.of(PHOTOS_FIELD))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public Class<SchoolCatalog> part() {
        return SchoolCatalog.class;
    }

    /**
     * Every YAML file in a folder of schools/ (its facts and its texts) and every file of its photos/ folder, named
     * well or not (the reader says).
     */
    @Override
    public Predicate<String> files(String markerText) {
        return path -> {
            String[] segments = path.split("/");
            return segments.length == 3 && segments[0].equals(SCHOOLS_FOLDER) && segments[2].endsWith(".yaml")
                    || segments.length == 4 && segments[0].equals(SCHOOLS_FOLDER) && segments[2].equals(PHOTOS_FOLDER);
        };
    }

    @Override
    public List<Class<?>> needs() {
        return List.of(CityDescription.class);
    }

    @Override
    public List<TranslatableText> translatableTexts(SchoolCatalog part, String sourceLanguage, String target) {
        List<TranslatableText> texts = new ArrayList<>();
        for (School school : part.schools()) {
            SchoolTexts from = school.textsIn(sourceLanguage).orElseThrow();
            Optional<SchoolTexts> to = school.textsIn(target);
            String file = SCHOOLS_FOLDER + "/" + school.getSlug() + "/" + target + ".yaml";
            for (TextSection section : TextSection.values()) {
                if (!section.isRequired() && !from.has(section)) {
                    continue;
                }
                texts.add(new TranslatableText(textId(school.getSlug(), section), school.getName() + " — "
                        + section.code().replace('_', ' '), file, from.get(section), to.map(t -> t.get(section)).orElse(null)));
            }
            for (SchoolPhoto photo : school.getPhotos()) {
                texts.add(new TranslatableText(photoTextId(school.getSlug(), photo.getId()), school.getName()
                        + " — photo '" + photo.getId() + "': what it shows, for people who cannot see it", file,
                        photo.descriptionIn(sourceLanguage).orElse(null), photo.descriptionIn(target).orElse(null)));
            }
        }
        return texts;
    }

    @Override
    public Optional<String> writeTranslation(SchoolCatalog part, String file, String sourceLanguage,
                                             Function<String, String> translated) {
        String[] path = file.split("/");
        if (path.length != 3 || !path[0].equals(SCHOOLS_FOLDER) || path[2].equals(FACTS_FILE)
                || part.schools().stream().noneMatch(school -> school.getSlug().equals(path[1]))) {
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (TextSection section : TextSection.values()) {
            String text = translated.apply(textId(path[1], section));
            if (section.isRequired() || text != null && !text.isBlank()) {
                fields.put(section.code(), text);
            }
        }
        School school = part.schools().stream().filter(s -> s.getSlug().equals(path[1])).findFirst().orElseThrow();
        List<Object> photos = new ArrayList<>();
        for (SchoolPhoto photo : school.getPhotos()) {
            String description = translated.apply(photoTextId(path[1], photo.getId()));
            if (description != null && !description.isBlank()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("id", photo.getId());
                entry.put("alt", description);
                photos.add(entry);
            }
        }
        if (!photos.isEmpty()) {
            fields.put(PHOTOS_FIELD, photos);
        }
        return Optional.of(ContentYaml.write(fields));
    }

    private static String textId(String slug, TextSection section) {
        return "school." + slug + "." + section.code();
    }

    private static String photoTextId(String slug, String photo) {
        return "school." + slug + ".photo." + photo;
    }

    @Override
    public SchoolCatalog read(ContentReading reading) {
        CityDescription city = reading.part(CityDescription.class);
        Set<String> schoolFolders = new LinkedHashSet<>();
        List<School> schools = schools(reading, city, schoolFolders);
        List<CatchmentArea> areas = city.catchmentAreasFile()
                .map(file -> catchmentAreas(reading, file, schoolFolders)).orElse(List.of());
        return new SchoolCatalog(schools, areas);
    }

    private List<School> schools(ContentReading reading, CityDescription city, Set<String> schoolFolders) {
        Problems problems = reading.problems();
        ContentFiles files = reading.files();
        if (!files.folderExists(SCHOOLS_FOLDER)) {
            problems.add(SCHOOLS_FOLDER, 0, "", StaffWording.of("school.problem.noSchoolsFolder"));
            return List.of();
        }
        Map<String, District> districtsById = new HashMap<>();
        city.districts().forEach(district -> districtsById.put(district.getId(), district));
        Set<Stage> offeredStages = city.stages().stream().map(StageOffer::getStage).collect(Collectors.toSet());
        List<School> schools = new ArrayList<>();
        for (ContentFiles.Entry schoolFolder : files.list(SCHOOLS_FOLDER)) {
            String slug = schoolFolder.name();
            String relative = SCHOOLS_FOLDER + "/" + slug;
            if (!schoolFolder.isFolder()) {
                problems.add(relative, 0, "", StaffWording.of("school.problem.schoolNotFolder"));
            } else if (!CityFile.SLUG.matcher(slug).matches()) {
                problems.add(relative, 0, "", StaffWording.of("school.problem.folderName"));
            } else if (files.staysInside(relative)) {
                schoolFolders.add(slug);
                school(reading, slug, relative, districtsById, city.districtOutlines(), offeredStages,
                        city.city().getSourceLanguage()).ifPresent(schools::add);
            }
        }
        if (schools.isEmpty() && problems.isEmpty()) {
            problems.add(SCHOOLS_FOLDER, 0, "", StaffWording.of("school.problem.noSchool"));
        }
        return schools;
    }

    private Optional<School> school(ContentReading reading, String slug, String relative, Map<String, District> districts,
                                    Map<String, GeoArea> outlines, Set<Stage> offeredStages, String sourceLanguage) {
        Problems problems = reading.problems();
        int before = problems.count();
        Optional<YamlMap> parsed = reading.files().fields(relative + "/" + FACTS_FILE);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlMap facts = parsed.get();
        facts.allowOnly(SCHOOL_FIELDS);
        String districtId = facts.requiredText("district");
        District district = districts.get(districtId);
        if (!districtId.isEmpty() && district == null) {
            facts.problem("district", StaffWording.of("school.problem.unknownDistrict", "value", Quoted.quote(districtId),
                    "districts", String.join(", ", districts.keySet())));
        }
        String neighbourhood = facts.requiredText("neighbourhood");
        if (district != null && !neighbourhood.isEmpty() && !district.getNeighbourhoodNames().contains(neighbourhood)) {
            facts.problem("neighbourhood", StaffWording.of("school.problem.unknownNeighbourhood",
                    "value", Quoted.quote(neighbourhood), "district", district.getName(),
                    "neighbourhoods", String.join(", ", district.getNeighbourhoodNames())));
        }
        GeoPoint location = facts.map("location", true).map(CityFile::point).orElse(null);
        if (location != null && outlines.containsKey(districtId)
                && !outlines.get(districtId).contains(location.getLatitude(), location.getLongitude())) {
            facts.problem("location", StaffWording.of("school.problem.outsideDistrict",
                    "district", Quoted.quote(districtId)));
        }
        Optional<Ownership> ownership = facts.code("ownership", Ownership.class);
        Set<Stage> stages = facts.codes("stages", Stage.class, true);
        for (Stage stage : stages) {
            if (!offeredStages.isEmpty() && !offeredStages.contains(stage)) {
                facts.problem("stages", StaffWording.of("school.problem.stageNotOffered",
                        "value", Quoted.quote(stage.code())));
            }
        }
        ContactDetails contact = facts.map("contact", true).map(yaml -> {
            yaml.allowOnly(Set.of("phone", "email", "website"));
            return new ContactDetails(yaml.requiredPattern("phone", CityFile.PHONE, ExpectedText.PHONE),
                    yaml.requiredPattern("email", CityFile.EMAIL, ExpectedText.EMAIL),
                    yaml.optionalText("website").filter(site -> {
                        boolean valid = WEBSITE.matcher(site).matches();
                        if (!valid) {
                            yaml.problem("website", StaffWording.of("school.problem.notWebsite", "value", Quoted.quote(site)));
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
        Map<String, Map<String, String>> descriptions = new LinkedHashMap<>();
        Map<String, SchoolTexts> texts = texts(reading, relative, sourceLanguage, descriptions);
        List<SchoolPhoto> photos = photos(reading, relative, sourceLanguage, descriptions);

        if (problems.count() > before) {
            return Optional.empty();
        }
        School school = new School(slug, name, district, neighbourhood, address, postcode, location,
                ownership.orElseThrow(), contact)
                .offering(stages, approaches, services, facilities, accessibility)
                .speaking(instruction, community)
                .withOpenDays(openDays)
                .withPhotos(photos);
        texts.forEach(school::withTexts);
        return Optional.of(school);
    }

    private static List<OpenDay> openDays(YamlMap facts) {
        List<OpenDay> days = new ArrayList<>();
        for (YamlMap entry : facts.maps("open_days", false)) {
            entry.allowOnly(Set.of("date", "start", "end"));
            Optional<LocalDate> date = entry.requiredDate("date");
            Optional<LocalTime> start = entry.requiredTime("start");
            Optional<LocalTime> end = entry.requiredTime("end");
            if (date.isPresent() && start.isPresent() && end.isPresent()) {
                if (!end.get().isAfter(start.get())) {
                    entry.problem("end", StaffWording.of("school.problem.endNotAfterStart",
                            "start", start.get().toString()));
                } else {
                    days.add(new OpenDay(date.get(), start.get(), end.get()));
                }
            }
        }
        return days;
    }

    /** ISO 639 codes, checked against ICU's list of languages so that each has a name to show families. */
    private static List<String> languageCodes(YamlMap facts, String key) {
        List<String> codes = facts.textList(key, true);
        for (String code : codes) {
            if (!LANGUAGE_CODE.matcher(code).matches() || !KnownLanguages.contains(code)) {
                facts.problem(key, StaffWording.of("school.problem.notLanguageCode", "value", Quoted.quote(code)));
            }
        }
        return codes;
    }

    /** The school's texts, one file per language named {@code <lang>.yaml}; the source language is required. */
    private static Map<String, SchoolTexts> texts(ContentReading reading, String relative, String sourceLanguage,
                                                  Map<String, Map<String, String>> photoDescriptions) {
        Map<String, SchoolTexts> texts = new LinkedHashMap<>();
        ContentFiles files = reading.files();
        for (ContentFiles.Entry file : files.list(relative)) {
            String fileName = file.name();
            if (fileName.equals(FACTS_FILE) || !fileName.endsWith(".yaml")) {
                continue;
            }
            String tag = fileName.substring(0, fileName.length() - ".yaml".length());
            String textsFile = relative + "/" + fileName;
            if (SupportedLanguage.fromTag(tag).isEmpty()) {
                reading.problems().add(textsFile, 0, "", StaffWording.of("school.problem.textsFileName",
                        "languages", CityFile.supportedTags()));
                continue;
            }
            files.fields(textsFile).ifPresent(yaml -> {
                yaml.allowOnly(TEXT_FIELDS);
                Map<TextSection, String> sections = new EnumMap<>(TextSection.class);
                for (TextSection section : TextSection.values()) {
                    String text = section.isRequired() ? yaml.requiredText(section.code())
                            : yaml.optionalText(section.code()).orElse(null);
                    if (text == null) {
                        continue;
                    }
                    if (section == TextSection.EASY_READ) {
                        EasyRead.problem(text, tag).ifPresent(problem -> yaml.problem(section.code(), problem));
                    }
                    sections.put(section, text);
                    reading.guard(yaml, section.code(), tag, text);
                }
                texts.put(tag, new SchoolTexts(sections));
                photoDescriptions.put(tag, photoDescriptions(yaml, reading, tag));
            });
        }
        if (!sourceLanguage.isEmpty() && !texts.containsKey(sourceLanguage)
                && !files.exists(relative + "/" + sourceLanguage + ".yaml")) {
            reading.problems().add(relative + "/" + sourceLanguage + ".yaml", 0, "",
                    StaffWording.of("school.problem.noSourceTexts"));
        }
        return texts;
    }

    /** A language's {@code photos:} entries: each photo's id and its text alternative ({@code alt}). */
    private static Map<String, String> photoDescriptions(YamlMap yaml, ContentReading reading, String language) {
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (YamlMap entry : yaml.maps(PHOTOS_FIELD, false)) {
            entry.allowOnly(Set.of("id", "alt"));
            String id = entry.requiredPattern("id", PHOTO_ID, ExpectedText.PHOTO);
            String alt = entry.requiredText("alt");
            reading.guard(entry, "alt", language, alt);
            if (!id.isEmpty() && descriptions.putIfAbsent(id, alt) != null) {
                entry.problem("id", StaffWording.of("school.problem.describedTwice", "value", Quoted.quote(id)));
            }
        }
        return descriptions;
    }

    /**
     * The school's photos ({@code photos/<id>.jpg}), each checked to be a photo as the portal keeps it (no
     * metadata, at most 1,600 pixels): those the source language describes in its order, then the others by name.
     */
    private static List<SchoolPhoto> photos(ContentReading reading, String relative, String sourceLanguage,
                                            Map<String, Map<String, String>> descriptions) {
        ContentFiles files = reading.files();
        Problems problems = reading.problems();
        String folder = relative + "/" + PHOTOS_FOLDER;
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        Map<String, KeptPhoto> kept = new LinkedHashMap<>();
        List<ContentFiles.Entry> entries = files.folderExists(folder) ? files.list(folder) : List.of();
        if (entries.size() > SchoolPhoto.MOST_PER_SCHOOL) {
            problems.add(folder, 0, "", StaffWording.of("school.problem.tooManyPhotos", "count", entries.size(),
                    "max", SchoolPhoto.MOST_PER_SCHOOL));
        }
        for (ContentFiles.Entry entry : entries) {
            String file = folder + "/" + entry.name();
            String id = entry.name().endsWith(".jpg") ? entry.name().substring(0, entry.name().length() - 4) : "";
            if (entry.isFolder() || !PHOTO_ID.matcher(id).matches()) {
                problems.add(file, 0, "", StaffWording.of("school.problem.photoFileName"));
                continue;
            }
            files.bytes(file).ifPresent(photo -> {
                try {
                    kept.put(id, KeptPhoto.check(photo));
                    bytes.put(id, photo);
                } catch (PhotoRefusedException refused) {
                    if (refused.wording() != null) {
                        problems.add(file, 0, "", refused.wording());
                    } else {
                        problems.add(file, 0, "", refused.getMessage());
                    }
                }
            });
        }
        // A photo not described yet, or a description of a photo since removed, is no error: the photo is shown once
        // every language describes it, and a removed photo must not make eight published translations wrong.
        Map<String, String> source = descriptions.getOrDefault(sourceLanguage, Map.of());
        List<SchoolPhoto> photos = new ArrayList<>();
        List<String> order = new ArrayList<>(source.keySet());
        kept.keySet().stream().filter(id -> !source.containsKey(id)).forEach(order::add);
        for (String id : order) {
            KeptPhoto photo = kept.get(id);
            if (photo != null) {
                Map<String, String> alt = new LinkedHashMap<>();
                descriptions.forEach((language, described) -> {
                    if (described.containsKey(id)) {
                        alt.put(language, described.get(id));
                    }
                });
                photos.add(new SchoolPhoto(id, photo.width(), photo.height(), photo.sha256(), bytes.get(id), alt));
            }
        }
        return photos;
    }

    /**
     * The optional catchment areas file: each feature names its {@code area} and lists the {@code schools} an
     * address inside it is near for admission.
     */
    private static List<CatchmentArea> catchmentAreas(ContentReading reading, String fileName, Set<String> schoolFolders) {
        List<CatchmentArea> areas = new ArrayList<>();
        reading.files().parse(fileName)
                .map(root -> GeoJsonOutlines.read(reading.problems(), fileName, root, "area", Set.of("schools")))
                .orElse(Map.of())
                .forEach((id, feature) -> {
                    List<String> areaSchools = feature.properties().textList("schools", true);
                    for (String slug : areaSchools) {
                        if (!schoolFolders.contains(slug)) {
                            feature.properties().problem("schools", StaffWording.of("school.problem.unknownSchool",
                                    "value", Quoted.quote(slug)));
                        }
                    }
                    areas.add(new CatchmentArea(id, feature.area().geoJson(), Set.copyOf(areaSchools)));
                });
        return areas;
    }
}
