package org.opendoors.school.domain;

import org.opendoors.city.domain.GeoPoint;

import org.opendoors.city.domain.Stage;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.opendoors.city.domain.District;
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
@Entity
@Table(name = "school")
public class School {

    @Id
    @Column(name = "slug", length = 100)
    private String slug;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "district_id")
    private District district;

    @Column(name = "neighbourhood", nullable = false, length = 200)
    private String neighbourhood;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "postcode", nullable = false, length = 20)
    private String postcode;

    @Embedded
    private GeoPoint location;

    @Enumerated(EnumType.STRING)
    @Column(name = "ownership", nullable = false, length = 40)
    private Ownership ownership;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_stage", joinColumns = @JoinColumn(name = "school_slug"))
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 40)
    private Set<Stage> stages = EnumSet.noneOf(Stage.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_approach", joinColumns = @JoinColumn(name = "school_slug"))
    @Enumerated(EnumType.STRING)
    @Column(name = "approach", length = 40)
    private Set<Approach> approaches = EnumSet.noneOf(Approach.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_service", joinColumns = @JoinColumn(name = "school_slug"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service", length = 40)
    private Set<SchoolService> services = EnumSet.noneOf(SchoolService.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_facility", joinColumns = @JoinColumn(name = "school_slug"))
    @Enumerated(EnumType.STRING)
    @Column(name = "facility", length = 40)
    private Set<Facility> facilities = EnumSet.noneOf(Facility.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_accessibility", joinColumns = @JoinColumn(name = "school_slug"))
    @Enumerated(EnumType.STRING)
    @Column(name = "feature", length = 40)
    private Set<AccessibilityFeature> accessibility = EnumSet.noneOf(AccessibilityFeature.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_instruction_language", joinColumns = @JoinColumn(name = "school_slug"))
    @OrderColumn(name = "position")
    @Column(name = "language", length = 16)
    private List<String> instructionLanguages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_community_language", joinColumns = @JoinColumn(name = "school_slug"))
    @OrderColumn(name = "position")
    @Column(name = "language", length = 16)
    private List<String> communityLanguages = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_open_day", joinColumns = @JoinColumn(name = "school_slug"))
    @OrderBy("day ASC, startsAt ASC")
    private List<OpenDay> openDays = new ArrayList<>();

    @Embedded
    private ContactDetails contact;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "school_text", joinColumns = @JoinColumn(name = "school_slug"))
    @MapKeyColumn(name = "language", length = 16)
    private Map<String, SchoolTexts> texts = new HashMap<>();

    protected School() {
    }

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

    /** JPA hands back its own collection types; families' pages want stable enum order. */
    private static <E extends Enum<E>> Set<E> nonEmptyOr(Set<E> values, Class<E> type) {
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
