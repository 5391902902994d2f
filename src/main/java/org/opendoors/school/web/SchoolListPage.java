package org.opendoors.school.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.city.domain.StageOffer;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.i18n.domain.ContentText;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.Messages;
import org.opendoors.i18n.web.PageLanguage;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.Stage;
import org.opendoors.school.domain.TextSection;
import org.opendoors.school.service.SchoolDirectory;

import java.util.List;
import java.util.Map;

/** {@code /{lang}/schools}: every school, alphabetical in the page language's collation. */
@Named
@RequestScoped
public class SchoolListPage {

    @Inject
    private SchoolDirectory directory;
    @Inject
    private CityDirectory city;
    @Inject
    private Messages messages;
    @Inject
    private PageLanguage page;

    private List<SchoolCard> schools;

    @PostConstruct
    void load() {
        SupportedLanguage language = page.getLanguage();
        Map<Stage, StageOffer> stages = city.stages();
        String sourceLanguage = city.city().getSourceLanguage();
        schools = directory.alphabetical(language).stream()
                .map(school -> card(school, language, stages, sourceLanguage))
                .toList();
    }

    private SchoolCard card(School school, SupportedLanguage language, Map<Stage, StageOffer> stages,
                            String sourceLanguage) {
        var summary = school.textsFor(language.tag(), sourceLanguage);
        return new SchoolCard(school.getName(), page.link("/schools/" + school.getSlug()),
                school.getDistrict().getName(), school.getNeighbourhood(),
                StageLabels.of(school.getStages(), stages, messages, language),
                messages.text(language, school.getOwnership().messageKey()).text(),
                summary.map(t -> t.value().get(TextSection.SUMMARY)).orElse(""),
                summary.map(ContentText.Translation::lang).orElse(language.tag()));
    }

    public List<SchoolCard> getSchools() {
        return schools;
    }

    public int getCount() {
        return schools.size();
    }
}
