package org.opendoors.security.persistence;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendoors.platform.persistence.DatabaseMigration;
import org.opendoors.security.domain.SignInThrottle;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes' throttles on one database (the embedded one here; PostgreSQL in TwoNodesIT): what one node counts,
 * the other waits for, and a burst of guesses spread over both checks no more passwords than the allowance.
 */
class DatabaseFailureLedgerTest {

    private JdbcDataSource database;
    private SignInThrottle nodeA;
    private SignInThrottle nodeB;

    @BeforeEach
    void migrate() throws Exception {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:failures-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        DatabaseMigration.migrate(database);
        nodeA = new SignInThrottle(Clock.systemUTC(), new DatabaseFailureLedger(database));
        nodeB = new SignInThrottle(Clock.systemUTC(), new DatabaseFailureLedger(database));
    }

    @Test
    void anAccountSlowedDownOnOneNodeWaitsOnTheOther() {
        for (int i = 0; i < 5; i++) {
            assertTrue(nodeA.reserve("Marta ", "203.0.113.9").allowed());
        }
        SignInThrottle.Attempt onB = nodeB.reserve("marta", "203.0.113.9");
        assertFalse(onB.allowed(), "node B counts node A's failures");
        assertTrue(onB.waitFor().compareTo(Duration.ofSeconds(28)) > 0, onB.waitFor().toString());
        assertTrue(nodeB.reserve("marta", "198.51.100.7").allowed(), "the owner at another address is not locked out");
    }

    @Test
    void aSuccessOnOneNodeForgivesThePairOnEveryNodeButNotTheAccountsCount() throws Exception {
        for (int i = 0; i < 4; i++) {
            nodeA.reserve("marta", "203.0.113.9");
        }
        nodeB.reserve("marta", "203.0.113.9").succeeded();
        for (int i = 0; i < 5; i++) {
            assertTrue(nodeA.reserve("marta", "203.0.113.9").allowed(), "the pair starts again after the success");
        }
        assertFalse(nodeB.reserve("marta", "203.0.113.9").allowed());
        assertEquals(9, count("select count(*) from sign_in_failure where account_key = 'marta'"),
                "the success gave back its own reservation only; the account keeps the other nine");
    }

    @Test
    void parallelGuessesOverBothNodesNeverCheckMorePasswordsThanTheAllowance() throws Exception {
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger checked = new AtomicInteger();
        List<Future<?>> guesses = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            SignInThrottle node = i % 2 == 0 ? nodeA : nodeB;
            guesses.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < 5; round++) {
                    if (node.reserve("marta", "203.0.113.9").allowed()) {
                        checked.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> guess : guesses) {
            guess.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(5, checked.get(), "160 parallel guesses on two nodes, and exactly the allowance checked");
    }

    @Test
    void anInventedNameOfAnyLengthIsCountedWithinTheColumn() {
        String longName = "x".repeat(5_000);
        for (int i = 0; i < 5; i++) {
            assertTrue(nodeA.reserve(longName, "203.0.113.9").allowed());
        }
        assertFalse(nodeB.reserve(longName, "203.0.113.9").allowed());
        assertFalse(nodeB.reserve(longName.toUpperCase(), "203.0.113.9").allowed(), "case makes no difference");
    }

    private long count(String sql) throws Exception {
        try (Connection connection = database.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
