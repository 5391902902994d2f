package org.opendoors.targeting.domain;

import org.opendoors.city.domain.Stage;

import java.util.Optional;

/**
 * What a family chose to tell about itself, all optional and anonymous. The answers travel in the URL (and the
 * browser may remember them); the server never stores or logs them.
 */
public record FamilyAnswers(Optional<Boolean> newcomer, Optional<Boolean> firstApplication, Optional<Stage> childStage,
                            Optional<Boolean> needsHelpWithCosts) {

    public static final FamilyAnswers NONE = new FamilyAnswers(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public boolean isEmpty() {
        return newcomer.isEmpty() && firstApplication.isEmpty() && childStage.isEmpty() && needsHelpWithCosts.isEmpty();
    }
}
