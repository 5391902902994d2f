package org.opendoors.translation.domain;

import java.util.List;

/**
 * What an XLIFF upload did: applied (how many texts changed and how many were already as stored, and for content
 * texts the files saved as drafts), or refused with every problem found and nothing saved.
 */
public record XliffReport(XliffKind kind, boolean applied, int changed, int unchanged, List<String> draftFiles,
                          List<XliffProblem> problems) {

    public XliffReport {
        draftFiles = List.copyOf(draftFiles);
        problems = List.copyOf(problems);
    }

    public static XliffReport applied(XliffKind kind, int changed, int unchanged) {
        return new XliffReport(kind, true, changed, unchanged, List.of(), List.of());
    }

    /** Content texts applied: {@code draftFiles} are the content files now holding the changed texts as drafts. */
    public static XliffReport applied(XliffKind kind, int changed, int unchanged, List<String> draftFiles) {
        return new XliffReport(kind, true, changed, unchanged, draftFiles.stream().sorted().toList(), List.of());
    }

    /** Refused; {@code kind} is null when the file was refused before it said what it holds. */
    public static XliffReport refused(XliffKind kind, List<XliffProblem> problems) {
        return new XliffReport(kind, false, 0, 0, List.of(), problems);
    }

    public static XliffReport refused(XliffKind kind, XliffProblem problem) {
        return refused(kind, List.of(problem));
    }

    /** What it did in English, for the audit log: the counts, or how many problems and the first few. */
    public String summary() {
        String what = kind == null ? "XLIFF" : kind.code() + " texts";
        if (applied) {
            return what + ": " + changed + " changed, " + unchanged + " unchanged";
        }
        String first = String.join("; ", problems.stream().limit(LISTED).map(XliffProblem::describe).toList());
        return what + ": " + problems.size() + " problem(s): " + first + (problems.size() > LISTED ? "; …" : "");
    }

    /** Enough to tell why an upload was refused; the page showed the person every problem. */
    private static final int LISTED = 3;
}
