package org.opendoors.home.web;

import com.ibm.icu.text.ListFormatter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.domain.City;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.i18n.service.Messages;
import org.opendoors.platform.web.PageLanguage;
import org.opendoors.school.service.SchoolDirectory;

import java.util.List;
import java.util.Map;

/** {@code /{lang}/}: what the portal is, the application calendar, the districts and the family help office. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    private CityDirectory cityDirectory;
    @Inject
    private SchoolDirectory schools;
    @Inject
    private Messages messages;
    @Inject
    private PageLanguage page;

    private City city;
    private List<CalendarEntry> calendar;
    private List<DistrictEntry> districts;
    private long schoolCount;

    @PostConstruct
    void load() {
        SupportedLanguage language = page.getLanguage();
        city = cityDirectory.city();
        calendar = cityDirectory.calendar().stream().map(step -> entry(step, language)).toList();
        Map<String, Long> counts = schools.countByDistrict();
        schoolCount = counts.values().stream().mapToLong(Long::longValue).sum();
        ListFormatter list = ListFormatter.getInstance(language.locale());
        districts = cityDirectory.districts().stream()
                .map(district -> new DistrictEntry(district.getName(), list.format(district.getNeighbourhoodNames()),
                        messages.format(language, "home.district_schools",
                                Map.of("count", counts.getOrDefault(district.getId(), 0L))).text()))
                .toList();
    }

    private CalendarEntry entry(CalendarStep step, SupportedLanguage language) {
        var title = step.titleFor(language.tag(), city.getSourceLanguage());
        return new CalendarEntry(title.value(), title.lang(),
                LocaleFormats.dateRange(language, step.getStartsOn(), step.getEndsOn()),
                step.getStartsOn().toString(), title.fallback());
    }

    public City getCity() {
        return city;
    }

    public List<CalendarEntry> getCalendar() {
        return calendar;
    }

    public List<DistrictEntry> getDistricts() {
        return districts;
    }

    public long getSchoolCount() {
        return schoolCount;
    }

    public String getSchoolsHref() {
        return page.link("/schools");
    }
}
