package org.opendoors.city.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.domain.City;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.city.domain.CityRepository;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.domain.StageOffer;
import org.opendoors.city.domain.StreetGazetteer;
import org.opendoors.editorial.service.PublishedCity;

import java.util.List;
import java.util.Optional;

/**
 * The city from the snapshot this request renders (the published city, or a preview's unpublished one), never from
 * the database: a family request must not wait on a publishing transaction.
 */
@ApplicationScoped
public class SnapshotCityRepository implements CityRepository {

    @Inject
    private PublishedCity publishedCity;

    @Override
    public Optional<City> city() {
        return Optional.of(description().city());
    }

    @Override
    public List<District> districts() {
        return description().districts();
    }

    @Override
    public List<StageOffer> stages() {
        return description().stages();
    }


    @Override
    public List<CalendarStep> calendar() {
        return description().calendar();
    }

    @Override
    public StreetGazetteer streets() {
        return description().streets();
    }

    @Override
    public boolean contains(GeoPoint point) {
        return description().contains(point);
    }

    private CityDescription description() {
        return publishedCity.rendered().part(CityDescription.class);
    }
}
