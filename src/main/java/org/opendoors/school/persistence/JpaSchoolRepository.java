package org.opendoors.school.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opendoors.school.domain.School;
import org.opendoors.school.domain.SchoolRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSchoolRepository implements SchoolRepository {

    @PersistenceContext(unitName = "opendoors")
    private EntityManager entityManager;

    @Override
    public List<School> all() {
        return entityManager.createQuery("select s from School s", School.class).getResultList();
    }

    @Override
    public Optional<School> bySlug(String slug) {
        return Optional.ofNullable(entityManager.find(School.class, slug));
    }
}
