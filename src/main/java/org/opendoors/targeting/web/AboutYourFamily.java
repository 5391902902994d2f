package org.opendoors.targeting.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.content.text.RichText;
import org.opendoors.i18n.domain.ContentText;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.Messages;
import org.opendoors.platform.web.EasyReading;
import org.opendoors.platform.web.FamilyView;
import org.opendoors.platform.web.FamilyQuery;
import org.opendoors.platform.web.PageLanguage;
import org.opendoors.school.web.FilterOption;
import org.opendoors.targeting.domain.BlockPlacement;
import org.opendoors.targeting.domain.BlockText;
import org.opendoors.targeting.domain.FamilyAnswers;
import org.opendoors.targeting.service.TargetedContent;

import java.util.List;
import java.util.Optional;

/**
 * The optional "About your family" panel (four questions, answers only in the URL) and the targeted blocks the
 * answers and the reading language select for the current page.
 */
@Named
@RequestScoped
public class AboutYourFamily {

    @Inject
    private HttpServletRequest request;
    @Inject
    private PageLanguage page;
    @Inject
    private EasyReading easyReading;
    @Inject
    private Messages messages;
    @Inject
    private CityDirectory city;
    @Inject
    private TargetedContent targeted;

    private FamilyAnswers answers;
    private List<ShownBlock> blocks;

    @PostConstruct
    void load() {
        answers = FamilyAnswersParameters.parse(FamilyQuery.of(request).parameterMap());
        SupportedLanguage language = page.getLanguage();
        String source = city.city().getSourceLanguage();
        BlockPlacement blockPage = page.getRoute().page() == FamilyView.GUIDE ? BlockPlacement.GUIDE : BlockPlacement.PROFILE;
        blocks = targeted.blocksFor(blockPage, answers, language).stream()
                .map(block -> block.textFor(language.tag(), source).map(text -> shown(block.getId(), text)))
                .flatMap(Optional::stream)
                .toList();
    }

    private static ShownBlock shown(String id, ContentText.Translation<BlockText> text) {
        return new ShownBlock(id, text.value().getTitle(), RichText.parse(text.value().getBody()), text.lang(),
                text.fallback());
    }

    public List<ShownBlock> getBlocks() {
        return blocks;
    }

    public boolean isAnswered() {
        return !answers.isEmpty();
    }

    public List<FilterOption> getNewcomer() {
        return yesNo(answers.newcomer());
    }

    public List<FilterOption> getFirstApplication() {
        return yesNo(answers.firstApplication());
    }

    public List<FilterOption> getCosts() {
        return yesNo(answers.needsHelpWithCosts());
    }

    public List<FilterOption> getChildStages() {
        return city.stages().keySet().stream()
                .map(stage -> new FilterOption(stage.code(), text(stage.messageKey()),
                        answers.childStage().filter(stage::equals).isPresent()))
                .toList();
    }

    public String getNewcomerParameter() {
        return FamilyAnswersParameters.NEWCOMER;
    }

    public String getFirstApplicationParameter() {
        return FamilyAnswersParameters.FIRST_APPLICATION;
    }

    public String getChildStageParameter() {
        return FamilyAnswersParameters.CHILD_STAGE;
    }

    public String getCostsParameter() {
        return FamilyAnswersParameters.COSTS;
    }

    /** The same page without answers: "forget my answers". */
    /** The page without the answers, still in easy read when the family reads it so. */
    public String getClearHref() {
        return easyReading.getWithoutAnswersHref();
    }

    private List<FilterOption> yesNo(Optional<Boolean> answer) {
        return List.of(new FilterOption("yes", text("family.yes"), answer.filter(Boolean::booleanValue).isPresent()),
                new FilterOption("no", text("family.no"), answer.filter(yes -> !yes).isPresent()));
    }

    private String text(String key) {
        return messages.text(page.getLanguage(), key).text();
    }

}
