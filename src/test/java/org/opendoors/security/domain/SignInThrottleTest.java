package org.opendoors.security.domain;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    private void fail(String account, String address) {
        SignInThrottle.Attempt attempt = throttle.reserve(account, address);
        assertTrue(attempt.allowed(), "expected to be allowed: " + account + " at " + address);
    }

    @Test
    void fiveWrongPasswordsAreFreeTheSixthWaitsThirtySecondsAndEachMoreDoubles() {
        for (int i = 0; i < 4; i++) {
            fail("marta", "10.0.0.1");
            assertEquals(Duration.ZERO, throttle.waitBefore("marta", "10.0.0.1"));
        }
        fail("marta", "10.0.0.1");
        assertEquals(Duration.ofSeconds(30), throttle.waitBefore("marta", "10.0.0.1"));
        SignInThrottle.Attempt refused = throttle.reserve("marta", "10.0.0.1");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(30), refused.waitFor());
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Duration.ZERO, throttle.waitBefore("marta", "10.0.0.1"));
        fail("marta", "10.0.0.1");
        assertEquals(Duration.ofSeconds(60), throttle.waitBefore("marta", "10.0.0.1"));
    }

    @Test
    void aRefusedAttemptIsNotCountedAndDoesNotLengthenTheWait() {
        for (int i = 0; i < 5; i++) {
            fail("marta", "10.0.0.1");
        }
        for (int i = 0; i < 50; i++) {
            assertFalse(throttle.reserve("marta", "10.0.0.1").allowed());
        }
        clock.advance(Duration.ofSeconds(30));
        assertTrue(throttle.reserve("marta", "10.0.0.1").allowed(), "the wait is still the first one, 30 s");
    }

    @Test
    void theOwnerAtAnotherAddressIsNotLockedOutBySomeoneGuessingElsewhere() {
        for (int i = 0; i < 5; i++) {
            fail("Marta", "203.0.113.9");
        }
        assertTrue(throttle.waitBefore("marta", "203.0.113.9").toSeconds() > 0, "the guesser waits");
        SignInThrottle.Attempt owner = throttle.reserve("marta", "10.0.0.7");
        assertTrue(owner.allowed(), "the owner, at her own computer, may still sign in");
        owner.succeeded();
        assertTrue(throttle.waitBefore("marta", "203.0.113.9").toSeconds() > 0,
                "the owner's success does not free the guesser");
    }

    @Test
    void namesIgnoreCaseAndSpaces() {
        for (int i = 0; i < 5; i++) {
            fail(i % 2 == 0 ? "Marta" : " marta ", "10.0.0.1");
        }
        assertFalse(throttle.reserve("MARTA", "10.0.0.1").allowed());
    }

    @Test
    void guessesSpreadOverManyAddressesReachTheMuchHigherAccountCeiling() {
        int free = SignInThrottle.PER_ACCOUNT.freeFailures();
        for (int i = 0; i < free - 1; i++) {
            fail("marta", "198.51.100." + i);
        }
        assertEquals(Duration.ZERO, throttle.waitBefore("marta", "10.0.0.7"), "below the ceiling, the owner is not slowed");
        fail("marta", "198.51.100.250");
        assertEquals(Duration.ofSeconds(30), throttle.waitBefore("marta", "10.0.0.7"),
                "a distributed attack slows every address, for a while");
        assertEquals(Duration.ZERO, throttle.waitBefore("joan", "10.0.0.7"), "other accounts are not affected");
    }

    @Test
    void oneAddressTryingManyAccountsIsOnlySlowedNeverLockedForLong() {
        for (int i = 0; i < SignInThrottle.PER_ADDRESS.freeFailures(); i++) {
            fail("user" + i, "10.9.9.9");
        }
        assertTrue(throttle.waitBefore("someone-else", "10.9.9.9").toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.waitBefore("someone-else", "10.9.9.8"), "other addresses are not affected");
        for (int round = 0; round < 40; round++) {
            clock.advance(throttle.waitBefore("user-x" + round, "10.9.9.9"));
            fail("user-x" + round, "10.9.9.9");
            assertTrue(throttle.waitBefore("colleague", "10.9.9.9").compareTo(Duration.ofMinutes(1)) <= 0,
                    "a colleague behind the same proxy waits a minute at most");
        }
    }

    @Test
    void theWaitNeverExceedsFifteenMinutesAndOldFailuresAreForgotten() {
        Duration longest = Duration.ZERO;
        for (int i = 0; i < 40; i++) {
            clock.advance(throttle.waitBefore("marta", "10.0.0.1"));
            fail("marta", "10.0.0.1");
            Duration wait = throttle.waitBefore("marta", "10.0.0.1");
            assertTrue(wait.compareTo(Duration.ofMinutes(15)) <= 0, wait.toString());
            longest = wait.compareTo(longest) > 0 ? wait : longest;
        }
        assertEquals(Duration.ofMinutes(15), longest, "a patient guesser reaches the longest wait");
        clock.advance(Duration.ofMinutes(31));
        assertEquals(Duration.ZERO, throttle.waitBefore("marta", "10.0.0.1"));
    }

    @Test
    void aSuccessGivesItsReservationBackAndClearsThePair() {
        for (int i = 0; i < 4; i++) {
            fail("marta", "10.0.0.1");
        }
        throttle.reserve("marta", "10.0.0.1").succeeded();
        for (int i = 0; i < 5; i++) {
            fail("marta", "10.0.0.1");
        }
        assertFalse(throttle.reserve("marta", "10.0.0.1").allowed(), "five new failures after the success");
    }

    @Test
    void aRefusedAttemptCannotBeTurnedIntoASuccess() {
        for (int i = 0; i < 5; i++) {
            fail("marta", "10.0.0.1");
        }
        SignInThrottle.Attempt refused = throttle.reserve("marta", "10.0.0.1");
        refused.succeeded();
        assertFalse(throttle.reserve("marta", "10.0.0.1").allowed());
    }

    /** The hostile tester's race: the wait was checked before the hash and the failure counted after it. */
    @RepeatedTest(20)
    void parallelGuessesNeverCheckMorePasswordsThanTheAllowance() throws Exception {
        SignInThrottle shared = new SignInThrottle(Clock.systemUTC());
        int threads = 64;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger checked = new AtomicInteger();
        List<Future<?>> guesses = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            guesses.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < 10; round++) {
                    SignInThrottle.Attempt attempt = shared.reserve("marta", "203.0.113.9");
                    if (attempt.allowed()) {
                        checked.incrementAndGet();
                        Thread.onSpinWait(); // the slow hash would run here; the failure is already counted
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> guess : guesses) {
            guess.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(SignInThrottle.PER_ACCOUNT_AND_ADDRESS.freeFailures(), checked.get(),
                "640 parallel guesses, and exactly the allowance checked");
    }

    @Test
    void parallelGuessesFromManyAddressesNeverPassTheAccountCeiling() throws Exception {
        SignInThrottle shared = new SignInThrottle(Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(32);
        AtomicInteger checked = new AtomicInteger();
        List<Future<?>> guesses = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String address = "198.51.100." + (i % 250);
            guesses.add(pool.submit(() -> {
                if (shared.reserve("marta", address).allowed()) {
                    checked.incrementAndGet();
                }
            }));
        }
        for (Future<?> guess : guesses) {
            guess.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(SignInThrottle.PER_ACCOUNT.freeFailures(), checked.get());
    }

    @Test
    void aFloodOfDistinctNamesDoesNotGrowWithoutBound() {
        for (int i = 0; i < 3 * SignInThrottle.KEYS_BEFORE_CLEAN_UP; i++) {
            if (i % SignInThrottle.KEYS_BEFORE_CLEAN_UP == 0) {
                clock.advance(Duration.ofHours(1));
            }
            throttle.reserve("name" + i, "10.0.0." + (i % 200));
        }
        assertTrue(throttle.reserve("marta", "10.0.0.250").allowed());
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
