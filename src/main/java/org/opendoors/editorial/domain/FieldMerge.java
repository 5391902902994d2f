package org.opendoors.editorial.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/** The three-way merge of a form's fields: base (when opened), mine (as typed), theirs (saved meanwhile). */
public final class FieldMerge {

    private FieldMerge() {
    }

    /**
     * For each field theirs changed: if mine is still as opened, {@code takeTheirs} takes it; if mine changed too,
     * to something else, it is reported as changed by both and mine stays.
     */
    public static DocumentForm.Merge merge(Map<String, ?> base, Map<String, ?> mine, Map<String, ?> theirs,
                                           Consumer<String> takeTheirs) {
        int taken = 0;
        List<String> both = new ArrayList<>();
        for (String field : mine.keySet()) {
            if (Objects.equals(base.get(field), theirs.get(field))) {
                continue;
            }
            if (Objects.equals(mine.get(field), base.get(field))) {
                takeTheirs.accept(field);
                taken++;
            } else if (!Objects.equals(mine.get(field), theirs.get(field))) {
                both.add(field);
            }
        }
        return new DocumentForm.Merge(taken, both);
    }
}
