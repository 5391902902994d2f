package org.opendoors.targeting.web;

import org.opendoors.city.domain.Stage;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.targeting.domain.FamilyAnswers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The "About your family" answers as URL parameters: {@code newcomer=yes&first=no&child_stage=infant&costs=yes}.
 * Anything else is read as "not answered".
 */
public final class FamilyAnswersParameters {

    public static final String NEWCOMER = "newcomer";
    public static final String FIRST_APPLICATION = "first";
    public static final String CHILD_STAGE = "child_stage";
    public static final String COSTS = "costs";

    private FamilyAnswersParameters() {
    }

    public static FamilyAnswers parse(Map<String, String[]> parameters) {
        return new FamilyAnswers(yesNo(parameters, NEWCOMER), yesNo(parameters, FIRST_APPLICATION),
                value(parameters, CHILD_STAGE).flatMap(code -> ContentCode.parse(Stage.class, code)),
                yesNo(parameters, COSTS));
    }

    /** The answers as parameters again, in a fixed order, for links that keep them. */
    public static Map<String, String> toParameters(FamilyAnswers answers) {
        Map<String, String> parameters = new LinkedHashMap<>();
        answers.newcomer().ifPresent(yes -> parameters.put(NEWCOMER, yes ? "yes" : "no"));
        answers.firstApplication().ifPresent(yes -> parameters.put(FIRST_APPLICATION, yes ? "yes" : "no"));
        answers.childStage().ifPresent(stage -> parameters.put(CHILD_STAGE, stage.code()));
        answers.needsHelpWithCosts().ifPresent(yes -> parameters.put(COSTS, yes ? "yes" : "no"));
        return parameters;
    }

    private static Optional<Boolean> yesNo(Map<String, String[]> parameters, String name) {
        return value(parameters, name).flatMap(value -> switch (value) {
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            default -> Optional.empty();
        });
    }

    private static Optional<String> value(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? Optional.empty() : Optional.of(values[0].strip());
    }
}
