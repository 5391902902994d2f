package org.opendoors.platform.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The lock nodes take in turn on a first start, on the embedded database (PostgreSQL: FirstStartTogetherIT). */
class FirstStartLockTest {

    @Test
    void aSecondNodeWaitsUntilTheFirstHasFinished() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:first-start-lock;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        DatabaseMigration.migrate(h2);
        AtomicLong firstReleasedAt = new AtomicLong();
        CountDownLatch firstHolds = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try (FirstStartLock lock = FirstStartLock.take(h2)) {
                firstHolds.countDown();
                Thread.sleep(400);
                firstReleasedAt.set(System.nanoTime());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(firstHolds.await(10, TimeUnit.SECONDS));
        long secondTookItAt;
        try (FirstStartLock lock = FirstStartLock.take(h2)) {
            secondTookItAt = System.nanoTime();
        }
        first.get(10, TimeUnit.SECONDS);

        assertTrue(secondTookItAt >= firstReleasedAt.get() && firstReleasedAt.get() > 0,
                "the second took the lock only after the first released it");
    }
}
