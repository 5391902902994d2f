package org.opendoors.city.domain;

import org.opendoors.content.domain.SourceLanguageDeclaration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code city.yaml} and its district outlines say: the city, its districts, the stages it offers and its
 * admission calendar. The city's part of a content folder.
 *
 * @param districtOutlines each district's outline by district id, to place schools and addresses in it
 * @param catchmentAreasFile the GeoJSON file of catchment areas {@code city.yaml} names, read by the schools' format
 * @param schoolTypeWords    the words school names begin with to say their kind, left out when lists are ordered
 * @param streets            the city's street gazetteer, for families who type where they live
 */
public record CityDescription(City city, List<District> districts, List<StageOffer> stages, List<CalendarStep> calendar,
                              Map<String, GeoArea> districtOutlines, Optional<String> catchmentAreasFile,
                              SchoolTypeWords schoolTypeWords, StreetGazetteer streets)
        implements SourceLanguageDeclaration {

    public CityDescription {
        districts = List.copyOf(districts);
        stages = List.copyOf(stages);
        calendar = List.copyOf(calendar);
        districtOutlines = Map.copyOf(districtOutlines);
    }

    /** Whether a point lies in one of the city's districts; any point does for a city without outlines. */
    public boolean contains(GeoPoint point) {
        return districtOutlines.isEmpty() || districtOutlines.values().stream()
                .anyMatch(area -> area.contains(point.getLatitude(), point.getLongitude()));
    }

    @Override
    public String sourceLanguage() {
        return city.getSourceLanguage();
    }
}
