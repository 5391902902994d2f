package org.opendoors.targeting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opendoors.targeting.domain.ContentBlock;
import org.opendoors.targeting.domain.ContentBlockRepository;

import java.util.List;

@ApplicationScoped
public class JpaContentBlockRepository implements ContentBlockRepository {

    @PersistenceContext(unitName = "opendoors")
    private EntityManager entityManager;

    @Override
    public List<ContentBlock> all() {
        return entityManager.createQuery("select b from ContentBlock b", ContentBlock.class).getResultList();
    }
}
