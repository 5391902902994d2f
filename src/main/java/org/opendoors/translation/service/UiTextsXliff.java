package org.opendoors.translation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.domain.SaveOutcome;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;
import org.opendoors.translation.domain.XliffReport;
import org.opendoors.translation.domain.XliffRefusedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The interface texts of the family pages as XLIFF in the back office: exported from the bundles with the
 * translators' saved texts, and an upload checked unit by unit as a typed save is (the build's checks, then the
 * guard) and saved through {@link UiTranslations#saveAll} — all texts or none, each waiting for review.
 */
@ApplicationScoped
public class UiTextsXliff {

    /** What a save of a text would be told; {@link UiTranslations#check} in the portal. */
    @FunctionalInterface
    interface TextCheck {
        List<BundleFinding> check(SupportedLanguage language, String key, String text);
    }

    @Inject
    private UiTranslations translations;

    public String export(SupportedLanguage language) {
        return XliffExchange.export(translations.bundles(), language);
    }

    /** @param targets each unit's target in the uploaded file (null where it has none) */
    public XliffReport apply(SupportedLanguage language, Map<String, String> targets) throws XliffRefusedException {
        UnitChanges changes = changedTexts(translations.bundles(), language, targets, translations::check);
        // Checked again as they are saved, in case the English source or the guard's rules changed in between.
        SaveOutcome outcome = translations.saveAll(language, changes.changed());
        if (!outcome.saved()) {
            throw refusedFor(outcome.errors());
        }
        return XliffReport.applied(XliffKind.UI, changes.changed().size(), changes.unchanged());
    }

    /**
     * The texts an upload changes, each passing every check, or a refusal listing every unit that is not a key of
     * the English source and every error of every changed text.
     */
    static UnitChanges changedTexts(TranslatedBundles bundles, SupportedLanguage language, Map<String, String> targets,
                                    TextCheck check) throws XliffRefusedException {
        UnitChanges changes = XliffExchange.changes(bundles, language, targets);
        List<XliffProblem> problems = new ArrayList<>(changes.problems());
        for (Map.Entry<String, String> text : changes.changed().entrySet()) {
            check.check(language, text.getKey(), text.getValue()).stream().filter(BundleFinding::isError)
                    .map(XliffProblem.TextRefused::new).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new XliffRefusedException(XliffKind.UI, problems);
        }
        return changes;
    }

    private static XliffRefusedException refusedFor(List<BundleFinding> errors) {
        return new XliffRefusedException(XliffKind.UI, errors.stream().<XliffProblem>map(XliffProblem.TextRefused::new).toList());
    }
}
