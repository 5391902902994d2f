package org.opendoors.content.archive;

import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.service.StaffMessages;

import java.util.List;

/**
 * One file of an import: what the import does to it ({@link #getChange()}) and the problems that stop it. Its
 * {@link #getStatus()} is {@link FileStatus#REFUSED} as soon as it has a problem, otherwise its change.
 */
public final class FileReport {

    private final String path;
    private final FileStatus change;
    private final StaffWording note;
    private final List<ReportedProblem> problems;

    /** {@code note}: why a file is ignored or removed when that is not obvious; null when it is. */
    FileReport(String path, FileStatus change, StaffWording note, List<ReportedProblem> problems) {
        this.path = path;
        this.change = change;
        this.note = note;
        this.problems = List.copyOf(problems);
    }

    /** Relative to the content folder ({@code schools/escola-x/ca.yaml}); archive entries outside it keep their full name. */
    public String getPath() {
        return path;
    }

    public FileStatus getStatus() {
        return problems.isEmpty() ? change : FileStatus.REFUSED;
    }

    /** What the import does to the file, problems aside; {@link FileStatus#REFUSED} when it cannot be read at all. */
    public FileStatus getChange() {
        return change;
    }

    /** Why a file is ignored or removed when that is not obvious, e.g. "not part of a content folder"; else empty. */
    public String getNote() {
        return note == null ? "" : StaffMessages.english(note);
    }

    /** The note as a back-office sentence, for the reader's language; null when there is none. */
    public StaffWording getNoteWording() {
        return note;
    }

    public List<ReportedProblem> getProblems() {
        return problems;
    }

    public boolean isAcceptable() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        return getStatus().code() + " " + path + (note == null ? "" : " (" + getNote() + ")");
    }
}
