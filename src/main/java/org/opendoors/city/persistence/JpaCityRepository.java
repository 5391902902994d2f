package org.opendoors.city.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opendoors.city.domain.CalendarStep;
import org.opendoors.city.domain.CatchmentArea;
import org.opendoors.city.domain.City;
import org.opendoors.city.domain.CityRepository;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.StageOffer;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCityRepository implements CityRepository {

    @PersistenceContext(unitName = "opendoors")
    private EntityManager entityManager;

    @Override
    public Optional<City> city() {
        return Optional.ofNullable(entityManager.find(City.class, City.THE_CITY));
    }

    @Override
    public List<District> districts() {
        return entityManager.createQuery("select d from District d order by d.position", District.class).getResultList();
    }

    @Override
    public List<StageOffer> stages() {
        return entityManager.createQuery("select s from StageOffer s order by s.position", StageOffer.class)
                .getResultList();
    }

    @Override
    public List<CatchmentArea> catchmentAreas() {
        return entityManager.createQuery("select a from CatchmentArea a order by a.id", CatchmentArea.class)
                .getResultList();
    }

    @Override
    public List<CalendarStep> calendar() {
        return entityManager.createQuery("select c from CalendarStep c order by c.position", CalendarStep.class)
                .getResultList();
    }
}
