package org.opendoors.security.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.opendoors.security.domain.AuditEntry;
import org.opendoors.security.domain.StaffUser;

import java.util.List;
import java.util.Optional;

/** Staff accounts and the audit log in the portal's database. Callers own the transaction. */
@ApplicationScoped
public class StaffRepository {

    @PersistenceContext(unitName = "opendoors")
    private EntityManager entityManager;

    public Optional<StaffUser> find(String username) {
        return Optional.ofNullable(entityManager.find(StaffUser.class, username));
    }

    /**
     * The security stamp of an account that may sign in, or empty when it is switched off or gone: the one lookup
     * (by primary key, straight from the database) that every back-office request makes.
     */
    public Optional<String> activeSecurityStamp(String username) {
        return entityManager.createQuery("select u.securityStamp from StaffUser u "
                        + "where u.username = :username and u.active = true", String.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public List<StaffUser> all() {
        return entityManager.createQuery("select u from StaffUser u order by u.username", StaffUser.class)
                .getResultList();
    }

    public long count() {
        return entityManager.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
    }

    public void add(StaffUser user) {
        entityManager.persist(user);
    }

    public void add(AuditEntry entry) {
        entityManager.persist(entry);
    }

    public List<AuditEntry> latestAudit(String actorOrAction, int limit) {
        String filter = actorOrAction == null ? "" : actorOrAction.strip().toLowerCase(java.util.Locale.ROOT);
        return entityManager.createQuery("select a from AuditEntry a where :filter = '' or lower(a.actor) = :filter "
                        + "or lower(a.action) = :filter or lower(a.subject) like :like order by a.id desc", AuditEntry.class)
                .setParameter("filter", filter)
                .setParameter("like", "%" + filter + "%")
                .setMaxResults(limit)
                .getResultList();
    }
}
