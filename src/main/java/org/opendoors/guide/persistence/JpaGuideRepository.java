package org.opendoors.guide.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opendoors.guide.domain.GuidePage;
import org.opendoors.guide.domain.GuideRepository;

import java.util.Optional;

@ApplicationScoped
public class JpaGuideRepository implements GuideRepository {

    @PersistenceContext(unitName = "opendoors")
    private EntityManager entityManager;

    @Override
    public Optional<GuidePage> inLanguage(String language) {
        return Optional.ofNullable(entityManager.find(GuidePage.class, language));
    }
}
