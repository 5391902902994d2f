package org.opendoors.school.domain;

import org.opendoors.city.domain.Stage;

import java.util.Optional;
import java.util.Set;

/**
 * What a family looks for: words, facets (any of the values within a facet, every facet at once), and optionally a
 * place to measure distances from. There is deliberately nothing to sort by: the order follows from the place.
 */
public record SchoolQuery(String text, Set<Stage> stages, Set<String> districts, Set<Ownership> ownerships,
                          Set<SchoolService> services, Set<String> languages, Set<Approach> approaches,
                          Optional<Place> place) {

    public static final SchoolQuery EVERYTHING = new SchoolQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Optional.empty());

    public SchoolQuery {
        text = text == null ? "" : text.strip();
        stages = Set.copyOf(stages);
        districts = Set.copyOf(districts);
        ownerships = Set.copyOf(ownerships);
        services = Set.copyOf(services);
        languages = Set.copyOf(languages);
        approaches = Set.copyOf(approaches);
    }

    /** How many filter values are chosen, words and place aside: the filters a family set under "More filters". */
    public int chosenFilters() {
        return stages.size() + districts.size() + ownerships.size() + services.size() + languages.size()
                + approaches.size();
    }

    public boolean isFiltered() {
        return !text.isEmpty() || !stages.isEmpty() || !districts.isEmpty() || !ownerships.isEmpty()
                || !services.isEmpty() || !languages.isEmpty() || !approaches.isEmpty();
    }

    /** Whether the school has every facet asked for (any value within a facet). Words are matched elsewhere. */
    public boolean admits(School school) {
        return (stages.isEmpty() || school.getStages().stream().anyMatch(stages::contains))
                && (districts.isEmpty() || districts.contains(school.getDistrict().getId()))
                && (ownerships.isEmpty() || ownerships.contains(school.getOwnership()))
                && (services.isEmpty() || school.getServices().containsAll(services))
                && (languages.isEmpty() || school.getCommunityLanguages().stream().anyMatch(languages::contains))
                && (approaches.isEmpty() || school.getApproaches().stream().anyMatch(approaches::contains));
    }
}
