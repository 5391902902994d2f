package org.opendoors.translation.domain;

import java.util.List;

/** An XLIFF upload that saves nothing, with every problem found; {@code kind} is null when the file did not say. */
public class XliffRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final XliffKind kind;
    private final transient List<XliffProblem> problems;

    public XliffRefusedException(XliffKind kind, List<XliffProblem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).describe());
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public XliffRefusedException(XliffKind kind, XliffProblem problem) {
        this(kind, List.of(problem));
    }

    public XliffKind kind() {
        return kind;
    }

    public List<XliffProblem> problems() {
        return problems;
    }

    public XliffReport report() {
        return XliffReport.refused(kind, problems);
    }
}
