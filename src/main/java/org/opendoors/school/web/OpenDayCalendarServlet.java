package org.opendoors.school.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.i18n.service.Messages;
import org.opendoors.platform.web.FamilyRouter;
import org.opendoors.platform.web.PublicOrigin;
import org.opendoors.school.domain.OpenDay;
import org.opendoors.school.domain.School;
import org.opendoors.school.service.OpenDayCalendar;
import org.opendoors.school.service.SchoolDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /{lang}/schools/{slug}/open-day-{n}.ics}: one open day for the family's calendar, in its language. */
@WebServlet(FamilyRouter.OPEN_DAY_SERVLET)
public class OpenDayCalendarServlet extends HttpServlet {

    @Inject
    private SchoolDirectory schools;
    @Inject
    private CityDirectory city;
    @Inject
    private Messages messages;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FamilyRouter.OpenDayFile file = (FamilyRouter.OpenDayFile) request.getAttribute(FamilyRouter.OpenDayFile.class.getName());
        Optional<School> school = file == null ? Optional.empty() : schools.find(file.slug());
        List<OpenDay> days = school.map(School::getOpenDays).orElse(List.of());
        if (file == null || days.size() < file.number()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OpenDay day = days.get(file.number() - 1);
        var language = file.language();
        String summary = messages.format(language, "open_day_file.summary", Map.of("school", school.get().getName())).text();
        String description = messages.format(language, "open_day_file.description", Map.of(
                "date", LocaleFormats.fullDate(language, day.getDay()),
                "time", LocaleFormats.timeRange(language, day.getStartsAt(), day.getEndsAt()),
                "phone", school.get().getContact().getPhone())).text();
        String profile = PublicOrigin.of(request) + request.getContextPath() + "/" + language.tag() + "/schools/" + school.get().getSlug();
        byte[] body = OpenDayCalendar.ics(school.get(), day, file.number(), city.city().getZone(), summary, description,
                profile, language.tag(), Instant.now()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + school.get().getSlug() + "-open-day-"
                + file.number() + ".ics\"");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
