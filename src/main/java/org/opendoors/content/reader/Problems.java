package org.opendoors.content.reader;

import org.opendoors.content.domain.ContentProblem;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a content folder so a communicator can fix them all in one go. */
final class Problems {

    private final List<ContentProblem> found = new ArrayList<>();

    void add(String file, int line, String field, String message) {
        found.add(new ContentProblem(file, line, field, message));
    }

    void add(ContentProblem problem) {
        found.add(problem);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int count() {
        return found.size();
    }

    List<ContentProblem> all() {
        return List.copyOf(found);
    }
}
