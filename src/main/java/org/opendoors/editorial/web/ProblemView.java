package org.opendoors.editorial.web;

import jakarta.enterprise.inject.spi.CDI;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;

import java.util.List;

/**
 * A refused save or publish, as the editor shows it: where, what phrase, why, and what to write instead — the why
 * and the instead in the reader's language ({@link GuardWording}), the phrase as it was written.
 */
public record ProblemView(ContentProblem problem, String where, String message) {

    /** Every reason a save, publish or import was refused, in the order found. */
    public static List<ProblemView> listOf(ContentRejectedException refused) {
        return listOf(refused.problems());
    }

    /**
     * Made where the pages are, inside a request: the wording is looked up there rather than passed by each of the
     * pages that show refusals (editor, review, history, facts, photos, video, rules).
     */
    public static List<ProblemView> listOf(List<ContentProblem> problems) {
        GuardWording wording = CDI.current().select(GuardWording.class).get();
        return problems.stream().map(problem -> new ProblemView(problem, wording.where(problem), wording.message(problem)))
                .toList();
    }

    public String getWhere() {
        return where;
    }

    public String getPhrase() {
        return problem.phrase();
    }

    public String getLanguage() {
        return problem.language();
    }

    public String getRule() {
        return problem.rule();
    }

    public String getMessage() {
        return message;
    }

    public boolean isGuard() {
        return !problem.rule().isEmpty();
    }
}
