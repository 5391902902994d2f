package org.opendoors.content.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A content folder that cannot be imported, with every problem found (not just the first). */
public class ContentRejectedException extends Exception {

    private final transient List<ContentProblem> problems;

    public ContentRejectedException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in the content folder; nothing was imported:\n"
                + problems.stream().map(ContentProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
