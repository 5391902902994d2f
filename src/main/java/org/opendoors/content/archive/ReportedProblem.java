package org.opendoors.content.archive;

import org.opendoors.content.domain.ContentProblem;

/**
 * One problem of an import, readable from a Faces page: {@link ContentProblem} is a record, and Expression
 * Language reads only getters.
 */
public final class ReportedProblem {

    private final ContentProblem problem;

    ReportedProblem(ContentProblem problem) {
        this.problem = problem;
    }

    /** The file relative to the content folder (or the archive entry), as the problem names it. */
    public String getFile() {
        return problem.file();
    }

    /** 1-based line, 0 when the whole file is concerned. */
    public int getLine() {
        return problem.line();
    }

    /** The field path inside the file, empty when none. */
    public String getField() {
        return problem.field();
    }

    public String getMessage() {
        return problem.message();
    }

    /** For the content guard's findings: the text's language, the rule and the refused phrase (otherwise empty). */
    public String getLanguage() {
        return problem.language();
    }

    public String getRule() {
        return problem.rule();
    }

    public String getPhrase() {
        return problem.phrase();
    }

    /** The problem without its file, for showing under the file's name: {@code line 4: summary: what is wrong}. */
    public String getDescription() {
        String where = problem.line() > 0 ? "line " + problem.line() + ": " : "";
        return problem.field().isEmpty() ? where + problem.message() : where + problem.field() + ": " + problem.message();
    }

    public ContentProblem toContentProblem() {
        return problem;
    }

    /** {@code file:line: field: message}, as the content folder's importer prints problems; without a file, the description. */
    @Override
    public String toString() {
        return problem.file().isEmpty() ? getDescription() : problem.toString();
    }
}
