package org.opendoors.school.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.Messages;
import org.opendoors.platform.web.FamilyQuery;
import org.opendoors.platform.web.PageLanguage;
import org.opendoors.school.domain.OpenDayClashes;
import org.opendoors.school.domain.School;
import org.opendoors.school.service.SchoolDirectory;

import java.util.List;
import java.util.Map;

/**
 * {@code /{lang}/shortlist?school=a&school=b}: the family's shortlist, printable, in its language. The list itself
 * is kept only in the family's browser; the server sees it only in this page's URL.
 */
@Named
@RequestScoped
public class ShortlistPage {

    static final int MOST = 12;

    @Inject
    private SchoolDirectory directory;
    @Inject
    private Messages messages;
    @Inject
    private PageLanguage page;
    @Inject
    private HttpServletRequest request;

    private List<ShortlistEntry> entries;
    private List<String> clashes;

    @PostConstruct
    void load() {
        SupportedLanguage language = page.getLanguage();
        List<School> chosen = ChosenSchools.from(FamilyQuery.of(request).parameterMap(), directory, MOST);
        entries = chosen.stream().map(school -> entry(school, language)).toList();
        clashes = OpenDayClashes.among(chosen.stream().map(OpenDayClashes.Host::of).toList()).stream()
                .map(clash -> messages.format(language, "shortlist.clash", Map.of("first", clash.first().name(),
                        "second", clash.second().name(), "when", OpenDayLabels.when(messages, language, clash.overlap())))
                        .text())
                .toList();
    }

    /** "A and B hold open days at the same time: …", for each pair of open days of the list that overlap. */
    public List<String> getClashes() {
        return clashes;
    }

    private ShortlistEntry entry(School school, SupportedLanguage language) {
        String url = page.absolute(page.link("/schools/" + school.getSlug()));
        List<String> openDays = school.getOpenDays().stream()
                .map(day -> OpenDayLabels.when(messages, language, day))
                .toList();
        return new ShortlistEntry(school.getSlug(), school.getName(),
                school.getAddress() + ", " + school.getPostcode(), school.getContact().getPhone(), openDays, url,
                QrCodes.svgPath(url), QrCodes.viewBoxSize(url));
    }

    public List<ShortlistEntry> getEntries() {
        return entries;
    }

    /** Named so because "empty" is a reserved word of EL. */
    public boolean isNothingChosen() {
        return entries.isEmpty();
    }
}
