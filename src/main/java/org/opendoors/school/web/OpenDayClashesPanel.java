package org.opendoors.school.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.city.domain.District;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.school.domain.OpenDay;
import org.opendoors.school.domain.OpenDayClashes;
import org.opendoors.school.domain.School;
import org.opendoors.school.service.SchoolDirectory;
import org.opendoors.security.web.StaffLanguage;
import org.opendoors.security.web.StaffTexts;

import java.util.ArrayList;
import java.util.List;

/**
 * On the back office's content page: open days of two schools of one district held at overlapping times, as
 * published. Families who want to visit both schools of their district cannot; the communicators can agree on
 * another time before families plan their Saturdays.
 */
@Named
@RequestScoped
public class OpenDayClashesPanel {

    /** One clash as a row: the district, the two schools (with their facts pages) and when. */
    public record Row(String district, String firstName, String firstSlug, String secondName, String secondSlug,
                      String when) {

        public String getDistrict() {
            return district;
        }

        public String getFirstName() {
            return firstName;
        }

        public String getFirstSlug() {
            return firstSlug;
        }

        public String getSecondName() {
            return secondName;
        }

        public String getSecondSlug() {
            return secondSlug;
        }

        public String getWhen() {
            return when;
        }
    }

    @Inject
    private SchoolDirectory directory;
    @Inject
    private CityDirectory city;
    @Inject
    private StaffTexts bo;
    @Inject
    private StaffLanguage staffLanguage;

    private List<Row> rows;

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            List<School> schools = directory.alphabetical(SupportedLanguage.EN);
            for (District district : city.districts()) {
                OpenDayClashes.among(OpenDayClashes.ofDistrict(schools, district.getId())).forEach(clash -> rows.add(new Row(district.getName(),
                        clash.first().name(), clash.first().slug(), clash.second().name(), clash.second().slug(),
                        when(clash.overlap()))));
            }
        }
        return rows;
    }

    /** The overlap as the member of staff reads it: date and time range by ICU in the back office's language. */
    private String when(OpenDay day) {
        SupportedLanguage language = staffLanguage.language();
        return bo.format("workflow.clashes.dateTime", LocaleFormats.fullDate(language, day.getDay()),
                LocaleFormats.timeRange(language, day.getStartsAt(), day.getEndsAt()));
    }
}
