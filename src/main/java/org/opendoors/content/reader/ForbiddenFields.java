package org.opendoors.content.reader;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Field names that would carry what the portal never publishes. A folder exported from another system may hold
 * them; the importer refuses it and says why, instead of silently dropping data someone thought would be shown.
 */
final class ForbiddenFields {

    private enum Concern {
        SCORES("Open Doors never publishes test or exam results: reputation built on scores steers families away from schools.",
                "score", "scores", "average", "averages", "mark", "marks", "exam", "exams", "result", "results", "pass",
                "percentile", "percentiles", "grade", "grades", "pisa"),
        RANKING("Open Doors never ranks schools or calls one better than another.",
                "rank", "ranks", "ranking", "rankings", "ranked", "rating", "ratings", "top", "league", "best", "stars"),
        DEMAND("Open Doors never publishes demand or oversubscription: it turns into a quality signal.",
                "demand", "oversubscribed", "oversubscription", "applications", "applicants", "waiting", "popularity",
                "requests"),
        COMPOSITION("Open Doors never publishes the composition of a school's pupils (origin, income, needs).",
                "composition", "migrant", "migrants", "immigrant", "immigrants", "foreign", "foreigners", "nationality",
                "nationalities", "ethnic", "ethnicity", "origin", "origins", "income", "poverty", "socioeconomic",
                "share", "percent", "percentage", "proportion", "roma"),
        LABELS("Open Doors never labels schools: describe what the school does instead.",
                "vulnerable", "vulnerability", "poor", "segregated", "segregation", "ghetto", "problem", "problems",
                "failing", "complexity", "disadvantaged", "deprived");

        private final String reason;
        private final Set<String> words;

        Concern(String reason, String... words) {
            this.reason = reason;
            this.words = Set.of(words);
        }
    }

    private ForbiddenFields() {
    }

    /** Why the field may not exist, if it names a forbidden concern in any of its words. */
    static Optional<String> reason(String fieldName) {
        List<String> words = Arrays.asList(fieldName.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
        return Arrays.stream(Concern.values())
                .filter(concern -> words.stream().anyMatch(concern.words::contains))
                .map(concern -> concern.reason)
                .findFirst();
    }
}
