package org.opendoors.security.service;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendoors.platform.persistence.DatabaseMigration;
import org.opendoors.security.domain.SignedInStaff;
import org.opendoors.security.persistence.SignInRecords;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-ins two nodes share through one database: what one node opened, the other resumes, until it ends. */
class StaffSignInsTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2027-02-01T09:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final SignedInStaff marta = new SignedInStaff("marta", "stamp-1", Set.of("publisher", "communicator"));
    private JdbcDataSource database;
    private StaffSignIns nodeA;
    private StaffSignIns nodeB;

    @BeforeEach
    void migrate() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:sign-ins-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        DatabaseMigration.migrate(database);
        nodeA = new StaffSignIns(new SignInRecords(database), clock);
        nodeB = new StaffSignIns(new SignInRecords(database), clock);
    }

    @Test
    void aSignInOpenedOnOneNodeIsResumedOnTheOtherWithItsStampAndRoles() {
        String token = nodeA.open(marta);
        assertEquals(marta, nodeB.resume(token).orElseThrow());
        assertTrue(token.length() >= 43, "256 random bits");
        assertNotEquals(token, nodeA.open(marta), "every sign-in its own token");
    }

    @Test
    void theDatabaseKeepsOnlyTheTokensHash() throws Exception {
        String token = nodeA.open(marta);
        try (Connection connection = database.getConnection(); Statement select = connection.createStatement();
             ResultSet row = select.executeQuery("select token_hash from staff_sign_in")) {
            row.next();
            assertEquals(StaffSignIns.hash(token), row.getString(1));
            assertFalse(row.getString(1).contains(token));
        }
    }

    @Test
    void aClosedSignInIsResumedNowhere() {
        String token = nodeA.open(marta);
        assertTrue(nodeA.isOpen(token));
        nodeB.close(token);
        assertTrue(nodeA.resume(token).isEmpty());
        assertFalse(nodeA.isOpen(token), "a session node A holds for it ends at its next request");
    }

    @Test
    void aSignInUnusedForLongerThanTheSessionTimeoutEndsButOneInUseDoesNot() {
        String idle = nodeA.open(marta);
        String inUse = nodeA.open(marta);
        long told = nodeA.now();
        for (int minute = 0; minute < 40; minute++) {
            now.set(now.get().plus(Duration.ofMinutes(1)));
            told = nodeA.seen(inUse, told);
        }
        assertTrue(nodeB.resume(idle).isEmpty(), "idle for 40 minutes");
        assertEquals(marta, nodeB.resume(inUse).orElseThrow(), "used on node A every minute");
    }

    @Test
    void aChangeOfTheOwnAccountIsWhatOtherNodesResume() {
        String token = nodeA.open(marta);
        SignedInStaff newPassword = new SignedInStaff("marta", "stamp-2", Set.of("publisher"));
        nodeA.follow(token, newPassword);
        assertEquals(newPassword, nodeB.resume(token).orElseThrow());
    }

    @Test
    void tokensNotShapedLikeOursAreNotLookedUp() {
        nodeA.open(marta);
        for (String forged : new String[] {null, "", "' or '1'='1", "a".repeat(65), "tok en", "Ω"}) {
            assertTrue(nodeB.resume(forged).isEmpty(), String.valueOf(forged));
        }
    }
}
