package org.opendoors.content.archive;

import org.opendoors.content.domain.ContentProblem;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of checking an uploaded content folder: every file of the city or of the archive with what the import
 * does to it and its problems, and the problems that concern no single file. The import may be applied only when
 * there is no problem at all ({@link #isAcceptable()}), and then whole.
 */
public final class ImportReport {

    private final String contentFolder;
    private final List<FileReport> files;
    private final List<ReportedProblem> generalProblems;
    private final Map<String, String> uploadedFiles;

    ImportReport(String contentFolder, List<FileReport> files, List<ContentProblem> generalProblems,
                 Map<String, String> uploadedFiles) {
        this.contentFolder = contentFolder;
        this.files = List.copyOf(files);
        this.generalProblems = generalProblems.stream().map(ReportedProblem::new).toList();
        this.uploadedFiles = Collections.unmodifiableSortedMap(new TreeMap<>(uploadedFiles));
    }

    /** True when nothing at all is wrong: no file refused, no general problem. */
    public boolean isAcceptable() {
        return getProblemCount() == 0;
    }

    public int getProblemCount() {
        return generalProblems.size() + files.stream().mapToInt(file -> file.getProblems().size()).sum();
    }

    /**
     * The city's content after the import, path → text: every file of the archive's content folder. Files of the city
     * that are not in it are to be deleted. Only for an acceptable import: applying part of one is never right.
     *
     * @throws IllegalStateException when the import has problems
     */
    public Map<String, String> filesToApply() {
        if (!isAcceptable()) {
            throw new IllegalStateException("the import has " + getProblemCount() + " problem(s) and cannot be applied");
        }
        return uploadedFiles;
    }

    /** The folder of the archive read as the content folder: "content/", "" (the archive's top) or "any-name/". */
    public String getContentFolder() {
        return contentFolder;
    }

    /** Every file, sorted by path; then the archive's entries outside its content folder. */
    public List<FileReport> getFiles() {
        return files;
    }

    /** The files worth a look: all but those left unchanged without a problem (a city has hundreds). */
    public List<FileReport> getFilesToReview() {
        return files.stream().filter(file -> file.getStatus() != FileStatus.UNCHANGED).toList();
    }

    public FileReport file(String path) {
        return files.stream().filter(file -> file.getPath().equals(path)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no file " + path + " in the report"));
    }

    /** Problems that concern no single file: the archive as a whole, a school folder, a file that is missing. */
    public List<ReportedProblem> getGeneralProblems() {
        return generalProblems;
    }

    /** How many files have this status. */
    public int count(FileStatus status) {
        return (int) files.stream().filter(file -> file.getStatus() == status).count();
    }

    /** The number of files per status code ("changed" → 3), statuses without files left out, in the enum's order. */
    /** Files by status, every status counted: a status no file has is 0, never missing (a report read "Added ,"). */
    public Map<String, Integer> getCounts() {
        Map<FileStatus, Integer> counts = new EnumMap<>(FileStatus.class);
        for (FileStatus status : FileStatus.values()) {
            counts.put(status, 0);
        }
        files.forEach(file -> counts.merge(file.getStatus(), 1, Integer::sum));
        Map<String, Integer> byCode = new LinkedHashMap<>();
        counts.forEach((status, count) -> byCode.put(status.code(), count));
        return Collections.unmodifiableMap(byCode);
    }

    /** The report as plain text (English, like the content reader's messages), unchanged files only counted. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(isAcceptable() ? "The import can be applied: no problem found."
                : "The import is refused: " + getProblemCount() + " problem(s); nothing is changed.").append('\n');
        if (!contentFolder.isEmpty()) {
            text.append("Content folder in the archive: ").append(contentFolder).append('\n');
        }
        List<String> counts = getCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).toList();
        if (!counts.isEmpty()) {
            text.append("Files: ").append(String.join(", ", counts)).append('\n');
        }
        List<FileReport> toReview = getFilesToReview();
        if (!toReview.isEmpty()) {
            text.append('\n');
        }
        for (FileReport file : toReview) {
            String status = file.getStatus().code();
            text.append(status).append(" ".repeat(Math.max(1, 10 - status.length()))).append(file.getPath());
            if (file.getStatus() != file.getChange()) {
                text.append(" (").append(file.getChange().code()).append(')');
            }
            if (!file.getNote().isEmpty()) {
                text.append(" — ").append(file.getNote());
            }
            text.append('\n');
            file.getProblems().forEach(problem -> text.append("          ").append(problem.getDescription()).append('\n'));
        }
        if (!generalProblems.isEmpty()) {
            text.append("\nGeneral problems:\n");
            generalProblems.forEach(problem -> text.append("  ").append(problem).append('\n'));
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
