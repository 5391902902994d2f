package org.opendoors.editorial.service;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a save failed because another transaction wrote the same file at the same instant. The sign is somewhere
 * in the failure's causes: the persistence provider's optimistic-lock failure, the transaction manager's rollback at
 * commit, or the database's own word for a collision (a duplicate key, a lock wait that timed out, a serialization
 * failure), whichever layer noticed first on H2 or PostgreSQL.
 */
final class SaveRace {

    /** A save that keeps losing with no newer version to show is not a race any more: it fails after this many. */
    static final int ATTEMPTS = 3;

    /** By name, so the provider's own types (EclipseLink's) need not be on the compile path. */
    private static final Set<String> COLLISIONS = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "org.eclipse.persistence.exceptions.OptimisticLockException",
            "jakarta.transaction.RollbackException");

    /**
     * SQL states of a write that collided with another transaction's: unique violation (both databases), serialization
     * failure or deadlock, PostgreSQL's lock not available, H2's lock timeout and concurrent update.
     */
    private static final Set<String> COLLIDING_STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00", "90131");

    private SaveRace() {
    }

    static boolean lost(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isCollision(cause.getClass()) || cause instanceof SQLException sql && COLLIDING_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCollision(Class<?> type) {
        for (Class<?> kind = type; kind != null; kind = kind.getSuperclass()) {
            if (COLLISIONS.contains(kind.getName())) {
                return true;
            }
        }
        return false;
    }
}
