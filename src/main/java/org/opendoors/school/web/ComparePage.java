package org.opendoors.school.web;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.opendoors.city.domain.Stage;
import org.opendoors.city.domain.StageOffer;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.content.text.RichText;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.i18n.service.Messages;
import org.opendoors.platform.web.FamilyQuery;
import org.opendoors.platform.web.PageLanguage;
import org.opendoors.school.domain.School;
import org.opendoors.school.service.SchoolDirectory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /{lang}/compare?school=a&school=b}: two to four schools side by side on the same facets. Facts only, in
 * the order the family chose them; no score, no "best" column.
 */
@Named
@RequestScoped
public class ComparePage {

    static final int MOST = 4;

    @Inject
    private SchoolDirectory directory;
    @Inject
    private CityDirectory city;
    @Inject
    private Messages messages;
    @Inject
    private PageLanguage page;
    @Inject
    private HttpServletRequest request;

    private SupportedLanguage language;
    private List<School> schools;
    private List<ComparisonRow> rows = List.of();
    private boolean tooMany;

    @PostConstruct
    void load() {
        language = page.getLanguage();
        List<School> chosen = ChosenSchools.from(FamilyQuery.of(request).parameterMap(), directory, MOST + 1);
        tooMany = chosen.size() > MOST;
        schools = chosen.stream().limit(MOST).toList();
        if (schools.size() < 2) {
            return;
        }
        Map<Stage, StageOffer> stages = city.stages();
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(language.locale(),
                DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU);
        String source = city.city().getSourceLanguage();
        rows = List.of(
                row("school_profile.where", s -> List.of(s.getDistrict().getName() + " · " + s.getNeighbourhood())),
                row("school_profile.stages", s -> StageLabels.of(s.getStages(), stages, messages, language)),
                row("school_profile.ownership", s -> List.of(text(s.getOwnership().messageKey()))),
                row("school_profile.instruction_languages", s -> s.getInstructionLanguages().stream().map(names::languageDisplayName).toList()),
                row("school_profile.approaches", s -> labels(s.getApproaches())),
                row("school_profile.community_languages", s -> s.getCommunityLanguages().stream()
                        .map(names::languageDisplayName).sorted(LocaleFormats.collator(language)).toList()),
                row("school_list.filter_services", s -> labels(s.getServices())),
                row("compare.facilities", s -> labels(s.getFacilities())),
                row("school_profile.accessibility", s -> labels(s.getAccessibility())),
                row("school_profile.open_days", s -> s.getOpenDays().stream()
                        .map(day -> LocaleFormats.fullDate(language, day.getDay())).toList()),
                row("TextSection.SUMMARY", s -> s.textsFor(language.tag(), source)
                        .map(t -> List.of(RichText.plainText(t.value().get(org.opendoors.school.domain.TextSection.SUMMARY))))
                        .orElse(List.of())));
    }

    private ComparisonRow row(String facetKey, Function<School, List<String>> values) {
        return new ComparisonRow(text(facetKey), schools.stream().map(values).toList());
    }

    private List<String> labels(Collection<? extends ContentCode> codes) {
        return codes.stream().map(code -> text(code.messageKey())).toList();
    }

    private String text(String key) {
        return messages.text(language, key).text();
    }

    public boolean isComparable() {
        return schools.size() >= 2;
    }

    public boolean isTooMany() {
        return tooMany;
    }

    public List<School> getSchools() {
        return schools;
    }

    public List<ComparisonRow> getRows() {
        return rows;
    }

    public String profileHref(School school) {
        return page.link("/schools/" + school.getSlug());
    }
}
