package org.opendoors.editorial.web;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;

import java.util.List;

/** A refused save or publish, as the editor shows it: where, what phrase, why, and what to write instead. */
public record ProblemView(ContentProblem problem) {

    /** Every reason a save, publish or import was refused, in the order found. */
    public static List<ProblemView> listOf(ContentRejectedException refused) {
        return listOf(refused.problems());
    }

    public static List<ProblemView> listOf(List<ContentProblem> problems) {
        return problems.stream().map(ProblemView::new).toList();
    }

    public String getWhere() {
        String field = problem.field().isEmpty() ? "" : problem.field();
        String line = problem.line() > 0 ? " (line " + problem.line() + ")" : "";
        return problem.file() + (field.isEmpty() ? "" : " › " + field) + line;
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
        return problem.message();
    }

    public boolean isGuard() {
        return !problem.rule().isEmpty();
    }
}
