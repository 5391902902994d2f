package org.opendoors.translation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opendoors.translation.domain.UiTranslation;
import org.opendoors.translation.domain.UiTranslationRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUiTranslationRepository implements UiTranslationRepository {

    @PersistenceContext(unitName = "opendoors")
    private EntityManager entityManager;

    @Override
    public List<UiTranslation> all() {
        return entityManager.createQuery("select t from UiTranslation t order by t.language, t.messageKey", UiTranslation.class)
                .getResultList();
    }

    @Override
    public Optional<UiTranslation> find(String language, String key) {
        return Optional.ofNullable(entityManager.find(UiTranslation.class, new UiTranslation.Key(language, key)));
    }

    @Override
    public void add(UiTranslation translation) {
        entityManager.persist(translation);
    }
}
