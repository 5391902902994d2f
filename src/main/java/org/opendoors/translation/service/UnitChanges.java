package org.opendoors.translation.service;

import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * What an uploaded file's units change against the texts stored now, the same for every import — from a folder or
 * into the database, interface or content texts: a unit the stored texts do not have is a problem, a unit without a
 * target is left as it is, and a target equal to the stored text is unchanged, so it saves nothing.
 *
 * @param changed the new text of each unit whose target differs from the stored one, in the file's order
 */
record UnitChanges(Map<String, String> changed, int unchanged, List<XliffProblem> problems) {

    /**
     * @param stored every unit the file may have, with its stored text (null when it has none yet)
     * @param clean  what an import does to a target before comparing and storing it
     */
    static UnitChanges of(XliffKind kind, Map<String, String> targets, Map<String, String> stored, UnaryOperator<String> clean) {
        Map<String, String> changed = new LinkedHashMap<>();
        List<XliffProblem> problems = new ArrayList<>();
        int unchanged = 0;
        for (Map.Entry<String, String> unit : targets.entrySet()) {
            if (!stored.containsKey(unit.getKey())) {
                problems.add(new XliffProblem.UnknownUnit(kind, unit.getKey()));
            } else if (unit.getValue() != null) {
                String text = clean.apply(unit.getValue());
                if (text.equals(stored.get(unit.getKey()))) {
                    unchanged++;
                } else {
                    changed.put(unit.getKey(), text);
                }
            }
        }
        return new UnitChanges(changed, unchanged, problems);
    }
}
