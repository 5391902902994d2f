package org.opendoors.school.web;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.LocaleDisplayNames;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.service.CityClock;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.content.text.EasyRead;
import org.opendoors.content.text.RichText;
import org.opendoors.content.text.TextBlock;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.i18n.domain.ContentText;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.i18n.service.Messages;
import org.opendoors.map.MapData;
import org.opendoors.platform.web.Links;
import org.opendoors.platform.web.EasyReading;
import org.opendoors.platform.web.PageLanguage;
import org.opendoors.school.domain.OpenDay;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolService;
import org.opendoors.school.domain.SchoolTexts;
import org.opendoors.school.domain.TextSection;
import org.opendoors.school.service.SchoolDirectory;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * {@code /{lang}/schools/{slug}}: one school, its pedagogical project first and diversity presented as a value.
 * Every label and date is prepared here in the page language, so the view only lays it out.
 */
@Named
@RequestScoped
public class SchoolProfilePage {

    /** Services that belong with diversity and inclusion; the others describe daily life. */
    private static final Set<SchoolService> INCLUSION_SERVICES = EnumSet.of(SchoolService.WELCOME_CLASS,
            SchoolService.SPECIAL_NEEDS_SUPPORT, SchoolService.FAMILY_WORKSHOPS);

    @Inject
    private SchoolDirectory directory;
    @Inject
    private CityDirectory city;
    @Inject
    private Messages messages;
    @Inject
    private PageLanguage page;
    @Inject
    private EasyReading easyReading;
    @Inject
    private CityClock clock;

    private School school;
    private SupportedLanguage language;
    private String textsLang;
    private String summary;
    private List<ProfileSection> sections = List.of();
    private List<TextBlock> easyRead = List.of();
    private List<PhotoView> photos = List.of();

    @PostConstruct
    void load() {
        language = page.getLanguage();
        Optional<School> found = page.getRoute().schoolSlug().flatMap(directory::find);
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        school = found.get();
        Optional<ContentText.Translation<SchoolTexts>> texts =
                school.textsFor(language.tag(), city.city().getSourceLanguage());
        textsLang = texts.map(ContentText.Translation::lang).orElse(language.tag());
        SchoolTexts text = texts.map(ContentText.Translation::value).orElse(null);
        // The summary is one or two sentences shown as the lead: its words, without markup.
        summary = text == null ? "" : RichText.plainText(text.get(TextSection.SUMMARY));
        List<String> languages = SupportedLanguage.all().stream().map(SupportedLanguage::tag).toList();
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        photos = school.photosDescribedIn(languages).stream()
                .map(photo -> PhotoView.of(photo, photo.descriptionIn(language.tag()).orElseThrow(), contextPath)).toList();
        // Easy read only in the page's own language: one in the city's language helps no one who asked for it.
        easyRead = school.textsIn(language.tag()).filter(own -> own.has(TextSection.EASY_READ))
                .map(own -> EasyRead.blocks(own.get(TextSection.EASY_READ))).orElse(List.of());
        sections = List.of(
                section(TextSection.PEDAGOGICAL_PROJECT, text,
                        group("school_profile.approaches", labels(school.getApproaches()))),
                section(TextSection.DIVERSITY_INCLUSION, text,
                        group("school_profile.community_languages", communityLanguages()),
                        group("school_profile.inclusion_services", labels(school.getServices().stream()
                                .filter(INCLUSION_SERVICES::contains).toList()))),
                section(TextSection.DAILY_LIFE, text,
                        group("school_profile.services_and_facilities", dailyLifeFacts())),
                section(TextSection.COSTS_AID, text));
    }

    /** The photos families see: described in every portal language, in the order the school chose. */
    public List<PhotoView> getPhotos() {
        return photos;
    }

    /** The school has an easy-read summary in the page's language. */
    public boolean isEasyOffered() {
        return !easyRead.isEmpty();
    }

    /** The family reads the easy-read version: the easy summary, the key facts, open days and contact. */
    public boolean isEasy() {
        return easyReading.isAsked() && isEasyOffered();
    }

    /** The easy-read summary, one paragraph a line. */
    public List<TextBlock> getEasyRead() {
        return easyRead;
    }

    private ProfileSection section(TextSection section, SchoolTexts texts, ProfileSection.FactGroup... groups) {
        return new ProfileSection(section.code().replace('_', '-'), text(section.messageKey()),
                texts == null ? List.of() : RichText.parse(texts.get(section)),
                Arrays.stream(groups).filter(group -> !group.facts().isEmpty()).toList());
    }

    private ProfileSection.FactGroup group(String headingKey, List<String> facts) {
        return new ProfileSection.FactGroup(text(headingKey), facts);
    }

    /** The languages families speak at the school, named in the page language, in its alphabetical order. */
    private List<String> communityLanguages() {
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(language.locale(),
                DisplayContext.CAPITALIZATION_FOR_BEGINNING_OF_SENTENCE);
        return school.getCommunityLanguages().stream().map(names::languageDisplayName)
                .sorted(LocaleFormats.collator(language)).toList();
    }

    private List<String> dailyLifeFacts() {
        List<String> facts = new ArrayList<>(labels(school.getServices().stream()
                .filter(service -> !INCLUSION_SERVICES.contains(service)).toList()));
        facts.addAll(labels(school.getFacilities()));
        return facts;
    }

    private List<String> labels(Collection<? extends ContentCode> codes) {
        return codes.stream().map(code -> text(code.messageKey())).toList();
    }

    private String text(String key) {
        return messages.text(language, key).text();
    }

    public boolean isFound() {
        return school != null;
    }

    public School getSchool() {
        return school;
    }

    public String getSummary() {
        return summary;
    }

    /** The language the school's texts are shown in (the source language while a translation is missing). */
    public String getTextsLang() {
        return textsLang;
    }

    public boolean isTextsFallback() {
        return !language.tag().equals(textsLang);
    }

    public List<ProfileSection> getSections() {
        return sections;
    }

    public List<String> getStages() {
        return StageLabels.of(school.getStages(), city.stages(), messages, language);
    }

    public String getOwnership() {
        return text(school.getOwnership().messageKey());
    }

    public String getInstructionLanguages() {
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(language.locale(),
                DisplayContext.CAPITALIZATION_FOR_MIDDLE_OF_SENTENCE);
        return ListFormatter.getInstance(language.locale())
                .format(school.getInstructionLanguages().stream().map(names::languageDisplayName).toList());
    }

    public List<String> getAccessibility() {
        return labels(school.getAccessibility());
    }

    public List<OpenDayView> getOpenDays() {
        LocalDate today = clock.today();
        List<OpenDay> days = school.getOpenDays();
        return IntStream.range(0, days.size()).mapToObj(i -> {
            OpenDay day = days.get(i);
            long until = ChronoUnit.DAYS.between(today, day.getDay());
            String when = OpenDayLabels.when(messages, language, day);
            return new OpenDayView(when, day.getDay().toString(), LocaleFormats.relativeDays(language, until),
                    page.link("/schools/" + school.getSlug() + "/open-day-" + (i + 1) + ".ics"), until < 0);
        }).toList();
    }

    /** The school and its district, for the small map beside the contact details. */
    public String getMapData() {
        return new MapData().districts(List.of(school.getDistrict()))
                .school(school.getName(), null, school.getLocation(), false).toJson();
    }

    /**
     * A {@code geo:} link to the school's point, with its name: the phone's own map app opens it and gives
     * directions, and the portal sends nobody's position to any map service.
     */
    public String getMapAppLink() {
        GeoPoint point = school.getLocation();
        String at = point.getLatitude() + "," + point.getLongitude();
        return "geo:" + at + "?q=" + at + "(" + java.net.URLEncoder.encode(school.getName(),
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + ")";
    }

    public String getCityName() {
        return city.city().getName();
    }

    /** The school's website, or null when it has none. */
    public String getWebsite() {
        return school.getContact().getWebsite().orElse(null);
    }

    public String getPhoneLink() {
        return Links.tel(school.getContact().getPhone());
    }

    public String getListHref() {
        return page.link("/schools");
    }
}
