package org.opendoors.city.persistence;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.domain.CatchmentArea;
import org.opendoors.city.domain.City;
import org.opendoors.city.domain.CityRepository;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.StageOffer;
import org.opendoors.editorial.service.FamilyPreview;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** During a back-office preview, the city comes from its unpublished files instead of the database. */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class PreviewCityRepository implements CityRepository {

    @Inject
    @Delegate
    private CityRepository published;

    @Override
    public Optional<City> city() {
        return FamilyPreview.current().map(content -> Optional.of(content.city())).orElseGet(published::city);
    }

    @Override
    public List<District> districts() {
        return FamilyPreview.current().map(content -> content.districts()).orElseGet(published::districts);
    }

    @Override
    public List<StageOffer> stages() {
        return FamilyPreview.current().map(content -> content.stages()).orElseGet(published::stages);
    }

    @Override
    public List<CatchmentArea> catchmentAreas() {
        return FamilyPreview.current()
                .map(content -> content.catchmentAreas().stream().sorted(Comparator.comparing(CatchmentArea::getId)).toList())
                .orElseGet(published::catchmentAreas);
    }

    @Override
    public List<CalendarStep> calendar() {
        return FamilyPreview.current().map(content -> content.calendar()).orElseGet(published::calendar);
    }
}
