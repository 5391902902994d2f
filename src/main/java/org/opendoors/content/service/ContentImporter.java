package org.opendoors.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.opendoors.city.domain.City;
import org.opendoors.content.domain.CityContent;

import java.util.List;

/** Stores a validated city in one transaction: all of it, or (on any failure) nothing. */
@ApplicationScoped
public class ContentImporter {

    @PersistenceContext(unitName = "opendoors")
    private EntityManager entityManager;

    @Transactional
    public boolean isEmpty() {
        return entityManager.find(City.class, City.THE_CITY) == null;
    }

    /** Every table of the published city, children before parents, so deleting in this order never breaks a key. */
    private static final List<String> CITY_TABLES = List.of("catchment_area_school", "catchment_area",
            "block_text", "block_rule_language", "block_rule_stage", "block_page", "content_block",
            "guide_faq", "guide_glossary", "guide_document", "guide_step", "guide_page",
            "school_text", "school_open_day", "school_community_language", "school_instruction_language",
            "school_accessibility", "school_facility", "school_service", "school_approach", "school_stage", "school",
            "calendar_step_title", "calendar_step", "stage_offer", "district_neighbourhood", "district", "city");

    /**
     * Replaces the city families see with a newly published one, in one transaction: readers see the old city or
     * the new one, never a mix, and a failure leaves the old one in place.
     */
    @Transactional(rollbackOn = Exception.class)
    public void replaceWith(CityContent content) {
        for (String table : CITY_TABLES) {
            entityManager.createNativeQuery("delete from " + table).executeUpdate();
        }
        entityManager.getEntityManagerFactory().getCache().evictAll();
        entityManager.clear();
        importInto(content);
        entityManager.flush();
        entityManager.getEntityManagerFactory().getCache().evictAll();
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
