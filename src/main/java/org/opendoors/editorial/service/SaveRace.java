package org.opendoors.editorial.service;

import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Two people saving one file at the same instant both start from version N. The version lock on the file and the
 * key on (path, number) let one of them write N+1; the other's write fails in the database, at flush or at commit,
 * wrapped in whatever the persistence provider and the transaction manager add. This is the one place that turns
 * such a failure, once its transaction has ended, into what any late save is told: a {@link SaveConflict} with the
 * version that won, which every editor explains and merges, keeping what was typed. When no newer version won (the
 * other transaction was a publish, or it rolled back), nothing stands in the way and the save is tried again.
 */
final class SaveRace {

    /** A save that keeps colliding with no newer version to show is not a race any more: it fails after this many. */
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

    /** One try at writing a version (or several files' versions), in a transaction of its own. */
    interface Attempt<T> {
        T run() throws ContentRejectedException, SaveConflict;
    }

    private SaveRace() {
    }

    /**
     * Runs the attempt; if it lost a race, reads the file's newest committed version ({@code newest}, in a new
     * transaction) and refuses the save with it, or tries again when it is still the one the save started from.
     */
    static EditorialWorkflow.Saved settle(Attempt<EditorialWorkflow.Saved> attempt,
                                          Supplier<Optional<DocumentVersion>> newest, int baseVersion)
            throws ContentRejectedException, SaveConflict {
        return settleAll(attempt, () -> newest.get().filter(head -> head.getNumber() != baseVersion)
                .map(head -> new SaveConflict(head, baseVersion)));
    }

    /**
     * Runs an attempt that writes several files; if it lost a race, {@code conflict} says which file someone else
     * saved meanwhile (read in a new transaction), or nothing when none was, and the attempt is tried again.
     */
    static <T> T settleAll(Attempt<T> attempt, Supplier<Optional<SaveConflict>> conflict)
            throws ContentRejectedException, SaveConflict {
        for (int tries = 1; ; tries++) {
            try {
                return attempt.run();
            } catch (RuntimeException failure) {
                if (!lost(failure)) {
                    throw failure;
                }
                Optional<SaveConflict> lateBy = conflict.get();
                if (lateBy.isPresent()) {
                    throw lateBy.get();
                }
                if (tries == ATTEMPTS) {
                    throw failure;
                }
            }
        }
    }

    /** Whether the failure, somewhere in its causes, is a write that collided with another transaction's. */
    static boolean lost(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isCollision(cause.getClass()) || cause instanceof SQLException sql && sql.getSQLState() != null
                    && COLLIDING_STATES.contains(sql.getSQLState())) {
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
