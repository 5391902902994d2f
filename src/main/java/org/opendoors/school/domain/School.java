package org.opendoors.school.domain;

import org.opendoors.city.domain.District;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.domain.Stage;
import org.opendoors.i18n.domain.ContentText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A school as families see it: its facts and its texts per language. By design there is no field for test
 * scores, rankings, demand or the composition of the pupils: the portal cannot show what it does not hold.
 */
public class School {

    private String slug;

    private String name;

    private District district;

    private String neighbourhood;

    private String address;

    private String postcode;

    private GeoPoint location;

    private Ownership ownership;

    private Set<Stage> stages = EnumSet.noneOf(Stage.class);

    private Set<Approach> approaches = EnumSet.noneOf(Approach.class);

    private Set<SchoolService> services = EnumSet.noneOf(SchoolService.class);

    private Set<Facility> facilities = EnumSet.noneOf(Facility.class);

    private Set<AccessibilityFeature> accessibility = EnumSet.noneOf(AccessibilityFeature.class);

    private List<String> instructionLanguages = new ArrayList<>();

    private List<String> communityLanguages = new ArrayList<>();

    private List<OpenDay> openDays = new ArrayList<>();

    private ContactDetails contact;

    private Map<String, SchoolTexts> texts = new HashMap<>();

    private List<SchoolPhoto> photos = new ArrayList<>();

    public School(String slug, String name, District district, String neighbourhood, String address, String postcode,
                  GeoPoint location, Ownership ownership, ContactDetails contact) {
        this.slug = slug;
        this.name = name;
        this.district = district;
        this.neighbourhood = neighbourhood;
        this.address = address;
        this.postcode = postcode;
        this.location = location;
        this.ownership = ownership;
        this.contact = contact;
    }

    public School offering(Set<Stage> stages, Set<Approach> approaches, Set<SchoolService> services,
                           Set<Facility> facilities, Set<AccessibilityFeature> accessibility) {
        this.stages = copy(stages, Stage.class);
        this.approaches = copy(approaches, Approach.class);
        this.services = copy(services, SchoolService.class);
        this.facilities = copy(facilities, Facility.class);
        this.accessibility = copy(accessibility, AccessibilityFeature.class);
        return this;
    }

    public School speaking(List<String> instructionLanguages, List<String> communityLanguages) {
        this.instructionLanguages = new ArrayList<>(instructionLanguages);
        this.communityLanguages = new ArrayList<>(communityLanguages);
        return this;
    }

    public School withOpenDays(List<OpenDay> openDays) {
        this.openDays = new ArrayList<>(openDays);
        return this;
    }

    /** The school's photos in the order its source texts list them. */
    public School withPhotos(List<SchoolPhoto> photos) {
        this.photos = new ArrayList<>(photos);
        return this;
    }

    /** Every photo of the school, described in every language or not yet. */
    public List<SchoolPhoto> getPhotos() {
        return List.copyOf(photos);
    }

    /** The photos families see: those described in each of these languages (the portal's). */
    public List<SchoolPhoto> photosDescribedIn(java.util.Collection<String> languages) {
        return photos.stream().filter(photo -> photo.undescribedIn(languages).isEmpty()).toList();
    }

    public School withTexts(String language, SchoolTexts texts) {
        this.texts.put(language, texts);
        return this;
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public District getDistrict() {
        return district;
    }

    public String getNeighbourhood() {
        return neighbourhood;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public GeoPoint getLocation() {
        return location;
    }

    public Ownership getOwnership() {
        return ownership;
    }

    public Set<Stage> getStages() {
        return nonEmptyOr(stages, Stage.class);
    }

    public Set<Approach> getApproaches() {
        return nonEmptyOr(approaches, Approach.class);
    }

    public Set<SchoolService> getServices() {
        return nonEmptyOr(services, SchoolService.class);
    }

    public boolean offers(SchoolService service) {
        return services.contains(service);
    }

    public Set<Facility> getFacilities() {
        return nonEmptyOr(facilities, Facility.class);
    }

    public Set<AccessibilityFeature> getAccessibility() {
        return nonEmptyOr(accessibility, AccessibilityFeature.class);
    }

    public List<String> getInstructionLanguages() {
        return List.copyOf(instructionLanguages);
    }

    public List<String> getCommunityLanguages() {
        return List.copyOf(communityLanguages);
    }

    public List<OpenDay> getOpenDays() {
        return List.copyOf(openDays);
    }

    public ContactDetails getContact() {
        return contact;
    }

    public Optional<SchoolTexts> textsIn(String language) {
        return Optional.ofNullable(texts.get(language));
    }

    public Set<String> getTextLanguages() {
        return Set.copyOf(texts.keySet());
    }

    /** The texts in the page language, or in the city's source language while they are not translated yet. */
    public Optional<ContentText.Translation<SchoolTexts>> textsFor(String pageLanguage, String sourceLanguage) {
        return ContentText.pick(texts, pageLanguage, sourceLanguage);
    }

    /** Families' pages want the codes in their declared order, whatever set they were read into. */
    private static <E extends Enum<E>> Set<E> nonEmptyOr(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
