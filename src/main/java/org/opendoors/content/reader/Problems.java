package org.opendoors.content.reader;

import org.opendoors.content.domain.ContentProblem;
import org.opendoors.i18n.domain.StaffWording;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects every problem of a content folder so a communicator can fix them all in one go — up to
 * {@link #MAX_PER_FILE} per file: a file with a hundred thousand bad values gets a readable report (and a small
 * one), with a last line saying how many more there are.
 */
public final class Problems {

    static final int MAX_PER_FILE = 100;

    private final List<ContentProblem> found = new ArrayList<>();
    private final Map<String, Integer> perFile = new LinkedHashMap<>();
    private final Map<String, Integer> notListed = new LinkedHashMap<>();

    public void add(String file, int line, String field, String message) {
        add(new ContentProblem(file, line, field, message));
    }

    public void add(String file, int line, String field, StaffWording wording) {
        add(new ContentProblem(file, line, field, wording));
    }

    public void add(ContentProblem problem) {
        if (perFile.merge(problem.file(), 1, Integer::sum) > MAX_PER_FILE) {
            notListed.merge(problem.file(), 1, Integer::sum);
        } else {
            found.add(problem);
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Every problem found, listed or not: grows with each problem, so callers can tell whether a step found any. */
    public int count() {
        return found.size() + notListed.values().stream().mapToInt(Integer::intValue).sum();
    }

    public List<ContentProblem> all() {
        List<ContentProblem> all = new ArrayList<>(found);
        notListed.forEach((file, more) -> all.add(new ContentProblem(file, 0, "",
                StaffWording.of("content.problem.notListed", "count", more))));
        return List.copyOf(all);
    }
}
