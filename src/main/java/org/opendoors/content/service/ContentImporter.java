package org.opendoors.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendoors.city.domain.City;
import org.opendoors.content.domain.CityContent;

/** Stores a validated city in one transaction: all of it, or (on any failure) nothing. */
@ApplicationScoped
public class ContentImporter {

    @PersistenceContext(unitName = "opendoors")
    private EntityManager entityManager;

    @Transactional
    public boolean isEmpty() {
        return entityManager.find(City.class, City.THE_CITY) == null;
    }

    @Transactional(rollbackOn = Exception.class)
    public void importInto(CityContent content) {
        entityManager.persist(content.city());
        content.districts().forEach(entityManager::persist);
        content.stages().forEach(entityManager::persist);
        content.calendar().forEach(entityManager::persist);
        content.schools().forEach(entityManager::persist);
        // Catchment areas refer to schools by key only: write the schools first.
        entityManager.flush();
        content.catchmentAreas().forEach(entityManager::persist);
        content.guide().forEach(entityManager::persist);
        content.blocks().forEach(entityManager::persist);
    }
}
