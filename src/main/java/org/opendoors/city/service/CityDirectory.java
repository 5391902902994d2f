package org.opendoors.city.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.city.domain.AddressMatch;
import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.domain.City;
import org.opendoors.city.domain.CityRepository;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.domain.Neighbourhood;
import org.opendoors.city.domain.Stage;
import org.opendoors.city.domain.StageOffer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The city's shared facts: its name and languages, districts, stages and application calendar. */
@ApplicationScoped
public class CityDirectory {

    @Inject
    private CityRepository repository;

    /** The city; the portal does not start without one (see PortalStartup). */
    public City city() {
        return repository.city().orElseThrow(() -> new IllegalStateException("No city has been imported"));
    }

    public List<District> districts() {
        return repository.districts();
    }

    public Map<Stage, StageOffer> stages() {
        Map<Stage, StageOffer> stages = new EnumMap<>(Stage.class);
        repository.stages().forEach(offer -> stages.put(offer.getStage(), offer));
        return stages;
    }

    public List<CalendarStep> calendar() {
        return repository.calendar();
    }

    /** What the city's street gazetteer makes of an address a family typed. */
    public AddressMatch findAddress(String typed) {
        return repository.streets().find(typed);
    }

    /** Whether a point lies in the city, inside one of its districts. */
    public boolean contains(GeoPoint point) {
        return repository.contains(point);
    }

    /** A numbered address of the gazetteer, to show families what to type. */
    public java.util.Optional<String> addressExample() {
        return repository.streets().example();
    }

    public boolean hasStreets() {
        return !repository.streets().isEmpty();
    }

    /** Every neighbourhood with a point, for "where do you live?", in the districts' order. */
    public List<Neighbourhood> neighbourhoods() {
        return repository.districts().stream()
                .flatMap(district -> district.getNeighbourhoods().stream())
                .filter(neighbourhood -> neighbourhood.location().isPresent())
                .toList();
    }
}
