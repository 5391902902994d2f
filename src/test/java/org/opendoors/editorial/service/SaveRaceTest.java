package org.opendoors.editorial.service;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.security.domain.NotAllowedException;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SaveRaceTest {

    private static final String PATH = "schools/escola-la-sinia/en.yaml";

    @Test
    void aCollisionIsFoundWhereverTheLayersWrappedIt() {
        assertTrue(SaveRace.lost(new OptimisticLockException("changed since it was read")));
        // At commit: the transaction manager's rollback inside the interceptor's exception.
        RollbackException rolledBack = new RollbackException("marked for rollback");
        rolledBack.initCause(new OptimisticLockException());
        assertTrue(SaveRace.lost(new TransactionalException("commit failed", rolledBack)));
        assertTrue(SaveRace.lost(new TransactionalException("commit failed", new RollbackException())));
        // At flush: the provider's exception around the database's duplicate key, lock timeout or deadlock.
        assertTrue(SaveRace.lost(new PersistenceException(new SQLIntegrityConstraintViolationException("duplicate", "23505"))));
        assertTrue(SaveRace.lost(new PersistenceException(new RuntimeException(new SQLException("Timeout trying to lock table", "HYT00")))));
        assertTrue(SaveRace.lost(new PersistenceException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(SaveRace.lost(new PersistenceException(new SQLException("concurrent update", "90131"))));
        // A provider's own subclass of a collision.
        assertTrue(SaveRace.lost(new OptimisticLockException() {
        }));
    }

    @Test
    void otherFailuresAreNotRaces() {
        assertFalse(SaveRace.lost(new IllegalStateException("not in review")));
        assertFalse(SaveRace.lost(new NotAllowedException("translators edit translations only")));
        assertFalse(SaveRace.lost(new PersistenceException(new SQLException("value too long", "22001"))));
        assertFalse(SaveRace.lost(new PersistenceException(new SQLException("connection refused", "08001"))));
        assertFalse(SaveRace.lost(new PersistenceException(new SQLException("no state"))));
    }

    @Test
    void causesThatLoopEndTheSearch() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertFalse(SaveRace.lost(first));
    }

    @Test
    void aLostRaceIsRefusedWithTheVersionThatWon() {
        DocumentVersion theirs = version(8);
        AtomicInteger tries = new AtomicInteger();
        SaveConflict conflict = assertThrows(SaveConflict.class, () -> SaveRace.settle(() -> {
            tries.incrementAndGet();
            throw new PersistenceException(new OptimisticLockException());
        }, () -> Optional.of(theirs), 7));
        assertSame(theirs, conflict.theirs());
        assertEquals(7, conflict.yourBase());
        assertEquals(1, tries.get(), "a race with a winner is not tried again");
    }

    @Test
    void aCollisionWithoutANewerVersionIsTriedAgain() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        EditorialWorkflow.Saved saved = SaveRace.settle(() -> {
            if (tries.incrementAndGet() == 1) {
                // A publish of the same file committed meanwhile: the lock moved, the newest version did not.
                throw new OptimisticLockException();
            }
            return new EditorialWorkflow.Saved(8, true);
        }, () -> Optional.of(version(7)), 7);
        assertEquals(new EditorialWorkflow.Saved(8, true), saved);
        assertEquals(2, tries.get());
    }

    @Test
    void aCollisionThatKeepsComingBackIsNotHiddenForEver() {
        AtomicInteger tries = new AtomicInteger();
        OptimisticLockException collision = new OptimisticLockException();
        RuntimeException thrown = assertThrows(RuntimeException.class, () -> SaveRace.settle(() -> {
            tries.incrementAndGet();
            throw collision;
        }, () -> Optional.of(version(7)), 7));
        assertSame(collision, thrown);
        assertEquals(SaveRace.ATTEMPTS, tries.get());
    }

    @Test
    void anyOtherFailurePassesUnchangedAndIsNotTriedAgain() {
        AtomicInteger tries = new AtomicInteger();
        NotAllowedException refused = new NotAllowedException("translators edit translations only");
        assertSame(refused, assertThrows(NotAllowedException.class, () -> SaveRace.settle(() -> {
            tries.incrementAndGet();
            throw refused;
        }, () -> Optional.of(version(9)), 7)));
        assertEquals(1, tries.get());
    }

    @Test
    void theFirstTranslationOfAFileRacesLikeAnyOther() {
        // Two translators create the same translation: the second insert of its key fails; version 1 won.
        SaveConflict conflict = assertThrows(SaveConflict.class, () -> SaveRace.settle(() -> {
            throw new PersistenceException(new SQLException("Unique index or primary key violation", "23505"));
        }, () -> Optional.of(version(1)), 0));
        assertEquals(1, conflict.theirs().getNumber());
    }

    private static DocumentVersion version(int number) {
        return new DocumentVersion(PATH, number, "summary: text " + number + "\n", "ana", Instant.now(), "", null);
    }
}
