package org.opendoors.editorial.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One field that differs between two versions of a content file: its value before and after. */
public record FieldChange(String field, String before, String after) {

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before == null ? "" : before;
    }

    public String getAfter() {
        return after == null ? "" : after;
    }

    /** Word by word: the older text with what was taken out, the newer with what was put in. */
    public WordDiff.Sides getWords() {
        return WordDiff.sides(getBefore(), getAfter());
    }

    public boolean isAdded() {
        return before == null;
    }

    public boolean isRemoved() {
        return after == null;
    }

    /** The fields that differ, in the order they appear in the newer version, then those only the older one had. */
    public static List<FieldChange> between(String olderYaml, String newerYaml) {
        Map<String, String> older = TextFields.all(olderYaml);
        Map<String, String> newer = TextFields.all(newerYaml);
        Set<String> names = new LinkedHashSet<>(newer.keySet());
        names.addAll(older.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String before = older.get(name);
            String after = newer.get(name);
            if (before == null ? after != null : !before.equals(after)) {
                changes.add(new FieldChange(name, before, after));
            }
        }
        return changes;
    }
}
