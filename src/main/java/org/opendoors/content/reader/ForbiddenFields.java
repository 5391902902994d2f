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
        SCORES("score", "scores", "average", "averages", "mark", "marks", "exam", "exams", "result", "results", "pass",
                "percentile", "percentiles", "grade", "grades", "pisa"),
        RANKING("rank", "ranks", "ranking", "rankings", "ranked", "rating", "ratings", "top", "league", "best", "stars"),
        DEMAND("demand", "oversubscribed", "oversubscription", "applications", "applicants", "waiting", "popularity",
                "requests"),
        COMPOSITION("composition", "migrant", "migrants", "immigrant", "immigrants", "foreign", "foreigners", "nationality",
                "nationalities", "ethnic", "ethnicity", "origin", "origins", "income", "poverty", "socioeconomic",
                "share", "percent", "percentage", "proportion", "roma"),
        LABELS("vulnerable", "vulnerability", "poor", "segregated", "segregation", "ghetto", "problem", "problems",
                "failing", "complexity", "disadvantaged", "deprived");

        private final Set<String> words;

        Concern(String... words) {
            this.words = Set.of(words);
        }
    }

    private ForbiddenFields() {
    }

    /**
     * The forbidden concern a field names, as the select value of {@code content.problem.fieldForbidden}
     * (scores, ranking, demand, composition, labels), whose sentences say why in every language.
     */
    static Optional<String> concern(String fieldName) {
        return concernOf(fieldName).map(concern -> concern.name().toLowerCase(Locale.ROOT));
    }

    private static Optional<Concern> concernOf(String fieldName) {
        List<String> words = Arrays.asList(fieldName.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"));
        return Arrays.stream(Concern.values())
                .filter(concern -> words.stream().anyMatch(concern.words::contains))
                .findFirst();
    }
}
