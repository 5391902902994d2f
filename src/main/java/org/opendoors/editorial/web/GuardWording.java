package org.opendoors.editorial.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.guard.domain.CategoryRule;
import org.opendoors.content.guard.domain.GuardCategory;
import org.opendoors.content.guard.domain.GuardRuleSet;
import org.opendoors.content.guard.domain.LanguageRules;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.security.web.StaffLanguage;
import org.opendoors.security.web.StaffTexts;

import java.util.Locale;
import java.util.Optional;

/**
 * A refusal of the content guard as the person reading it understands it: the reason and the suggestion from the
 * city's rules of the reader's language (content/guard/&lt;lang&gt;.yaml), whatever the language of the refused text;
 * the phrase itself stays quoted as it was written. A translator into Urdu who reads Spanish gets the reason in
 * Spanish and sees which Urdu words were refused.
 */
@RequestScoped
public class GuardWording {

    @Inject
    private PublishedCity city;
    @Inject
    private StaffLanguage reader;
    @Inject
    private StaffTexts bo;

    /**
     * The problem's message in the reader's words: a refusal of the guard from the rules of the reader's language,
     * a check's problem from its sentence; English only for a problem that has neither.
     */
    public String message(ContentProblem problem) {
        if (problem.wording() != null) {
            return bo.say(problem.wording());
        }
        return categoryOf(problem.rule()).map(category -> refusal(problem.phrase(), category, problem.message()))
                .orElse(problem.message());
    }

    /**
     * A refusal of {@code phrase} as {@code category}, with the reason and suggestion of the reader's language; the
     * {@code fallback} when the city's rules of that language do not explain the category.
     */
    public String refusal(String phrase, GuardCategory category, String fallback) {
        Optional<CategoryRule> rule = rulesOfReader().flatMap(rules -> rules.categories().stream()
                .filter(candidate -> candidate.category() == category).findFirst());
        if (rule.isEmpty()) {
            return fallback;
        }
        return bo.format("guard.refusal", phrase, bo.get("guard.category." + category.name().toLowerCase(Locale.ROOT)),
                rule.get().reason(), rule.get().suggestion());
    }

    /** Where in the file, in the reader's words. */
    public String where(ContentProblem problem) {
        String field = problem.field().isEmpty() ? problem.file() : bo.format("guard.where.field", problem.file(), problem.field());
        return problem.line() > 0 ? bo.format("guard.where.line", field, problem.line()) : field;
    }

    private Optional<LanguageRules> rulesOfReader() {
        return Optional.ofNullable(city.current().part(GuardRuleSet.class).byLanguage().get(reader.language().tag()));
    }

    /** Rules are named "composition: …"; the guard's own refusals, and only they, start with a category. */
    public static Optional<GuardCategory> categoryOf(String rule) {
        int colon = rule.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(GuardCategory.valueOf(rule.substring(0, colon).strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException notACategory) {
            return Optional.empty();
        }
    }
}
