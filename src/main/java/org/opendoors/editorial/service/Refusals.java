package org.opendoors.editorial.service;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentRejectedException;

import java.util.List;
import java.util.stream.Collectors;

/** How a refusal is summed up in the audit log: how many problems, and the first few as the editor showed them. */
final class Refusals {

    /** Enough to tell what was refused and why; the editor showed the person every problem. */
    private static final int LISTED = 3;

    private Refusals() {
    }

    static String summary(ContentRejectedException refused) {
        return summary(refused.problems());
    }

    static String summary(List<ContentProblem> problems) {
        String first = problems.stream().limit(LISTED).map(ContentProblem::toString).collect(Collectors.joining("; "));
        return problems.size() + " problem(s): " + first + (problems.size() > LISTED ? "; …" : "");
    }
}
