package org.opendoors.content.guard.domain;

import java.util.List;

/** When a sentence is refused as a category, why, and an asset-based way to say what the writer meant. */
public record CategoryRule(GuardCategory category, List<Combination> when, String reason, String suggestion) {

    public CategoryRule {
        when = List.copyOf(when);
    }
}
