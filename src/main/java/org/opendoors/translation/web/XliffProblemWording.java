package org.opendoors.translation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.opendoors.editorial.web.GuardWording;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.security.web.StaffTexts;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;

import java.util.Optional;

/**
 * Why an upload was refused, in the reader's language: each kind of problem has its sentence in the staff bundle;
 * a content file's refusal is worded as the editor words it ({@link GuardWording}), a text's finding as the message
 * editor shows it. Quoted parts (a key, a phrase, the parser's own words) stay as they were; the English of
 * {@link XliffProblem#describe()} is only said for a kind of problem this page has no sentence for yet.
 */
@RequestScoped
public class XliffProblemWording {

    @Inject
    private StaffTexts bo;
    @Inject
    private UiTextRefusals refusals;
    @Inject
    private GuardWording guardWording;

    /** The unit the problem is about, or "the file" when it is the whole file's. */
    public String unit(XliffProblem problem) {
        if (problem instanceof XliffProblem.ContentRefused refused) {
            return guardWording.where(refused.problem());
        }
        return problem.unit().isEmpty() ? bo.get("translation.xliff.problem.wholeFile") : problem.unit();
    }

    public String why(XliffProblem problem) {
        return wordingOfFile(problem).or(() -> wordingOfUnit(problem)).orElseGet(problem::describe);
    }

    private Optional<String> wordingOfFile(XliffProblem problem) {
        if (problem instanceof XliffProblem.TooLarge tooLarge) {
            return Optional.of(bo.format("translation.xliff.problem.tooLarge", tooLarge.maxMegabytes()));
        }
        if (problem instanceof XliffProblem.NotWellFormed notWellFormed) {
            return Optional.of(notWellFormed.line() > 0
                    ? bo.format("translation.xliff.problem.notWellFormedAt", notWellFormed.line(), notWellFormed.detail())
                    : bo.format("translation.xliff.problem.notWellFormed", notWellFormed.detail()));
        }
        if (problem instanceof XliffProblem.NotXliff) {
            return Optional.of(bo.get("translation.xliff.problem.notXliff"));
        }
        if (problem instanceof XliffProblem.UnknownKind) {
            return Optional.of(bo.get("translation.xliff.problem.unknownKind"));
        }
        if (problem instanceof XliffProblem.WrongLanguage wrong) {
            return Optional.of(bo.format("translation.xliff.problem.wrongLanguage", wrong.found(), languageName(wrong.expected())));
        }
        if (problem instanceof XliffProblem.SourceLanguage source && source.kind() == XliffKind.UI) {
            return Optional.of(bo.format("translation.xliff.problem.sourceLanguage.ui", languageName(source.language())));
        }
        if (problem instanceof XliffProblem.SourceLanguage source) {
            return Optional.of(bo.format("translation.xliff.problem.sourceLanguage.content", languageName(source.language())));
        }
        if (problem instanceof XliffProblem.Busy) {
            return Optional.of(bo.get("translation.xliff.problem.busy"));
        }
        return Optional.empty();
    }

    private Optional<String> wordingOfUnit(XliffProblem problem) {
        if (problem instanceof XliffProblem.UnknownUnit unknown && unknown.kind() == XliffKind.UI) {
            return Optional.of(bo.get("translation.xliff.problem.unknownKey"));
        }
        if (problem instanceof XliffProblem.UnknownUnit) {
            return Optional.of(bo.get("translation.xliff.problem.unknownText"));
        }
        if (problem instanceof XliffProblem.IncompleteFile incomplete) {
            return Optional.of(bo.format("translation.xliff.problem.incompleteFile", String.join(", ", incomplete.missing())));
        }
        if (problem instanceof XliffProblem.TextRefused refused) {
            return Optional.of(bo.format("translation.xliff.problem.textRefused", refusals.explained(refused.finding()),
                    refused.finding().check()));
        }
        if (problem instanceof XliffProblem.ContentRefused refused) {
            return Optional.of(guardWording.message(refused.problem()));
        }
        if (problem instanceof XliffProblem.SavedMeanwhile meanwhile) {
            return Optional.of(bo.format("translation.xliff.problem.savedMeanwhile", meanwhile.savedBy()));
        }
        return Optional.empty();
    }

    private static String languageName(String tag) {
        return SupportedLanguage.fromTag(tag).map(SupportedLanguage::ownName).orElse(tag);
    }
}
