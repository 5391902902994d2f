package org.opendoors.targeting.domain;

import org.opendoors.city.domain.Stage;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who a block is for. Every condition given must hold; a condition left out holds for everyone. A condition on an
 * answer holds only when the family gave that answer, so a family that answered nothing sees the general content
 * (and blocks meant for its reading language).
 */
public class AudienceRule {

    private Boolean newcomer;

    private Boolean firstApplication;

    private Boolean needsHelpWithCosts;

    private Set<Stage> childStages = new HashSet<>();

    private Set<String> pageLanguages = new HashSet<>();

    public AudienceRule(Boolean newcomer, Boolean firstApplication, Boolean needsHelpWithCosts, Set<Stage> childStages,
                        Set<String> pageLanguages) {
        this.newcomer = newcomer;
        this.firstApplication = firstApplication;
        this.needsHelpWithCosts = needsHelpWithCosts;
        this.childStages = new HashSet<>(childStages);
        this.pageLanguages = new HashSet<>(pageLanguages);
    }

    public static AudienceRule everyone() {
        return new AudienceRule(null, null, null, Set.of(), Set.of());
    }

    public boolean matches(FamilyAnswers answers, SupportedLanguage pageLanguage) {
        return holds(newcomer, answers.newcomer())
                && holds(firstApplication, answers.firstApplication())
                && holds(needsHelpWithCosts, answers.needsHelpWithCosts())
                && (childStages.isEmpty() || answers.childStage().filter(childStages::contains).isPresent())
                && (pageLanguages.isEmpty() || pageLanguages.contains(pageLanguage.tag()));
    }

    private static boolean holds(Boolean wanted, Optional<Boolean> answer) {
        return wanted == null || answer.filter(wanted::equals).isPresent();
    }

    public Optional<Boolean> getNewcomer() {
        return Optional.ofNullable(newcomer);
    }

    public Optional<Boolean> getFirstApplication() {
        return Optional.ofNullable(firstApplication);
    }

    public Optional<Boolean> getNeedsHelpWithCosts() {
        return Optional.ofNullable(needsHelpWithCosts);
    }

    public Set<Stage> getChildStages() {
        return childStages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(childStages);
    }

    public Set<String> getPageLanguages() {
        return Set.copyOf(pageLanguages);
    }
}
