package org.opendoors.security.domain;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveWrongPasswordsAreFreeTheSixthWaitsThirtySecondsAndEachMoreDoubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("marta", "10.0.0.1");
            assertEquals(Duration.ZERO, throttle.waitBefore("marta", "10.0.0.1"));
        }
        throttle.failed("marta", "10.0.0.1");
        assertEquals(Duration.ofSeconds(30), throttle.waitBefore("marta", "10.0.0.1"));
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Duration.ZERO, throttle.waitBefore("marta", "10.0.0.1"));
        throttle.failed("marta", "10.0.0.1");
        assertEquals(Duration.ofSeconds(60), throttle.waitBefore("marta", "10.0.0.1"));
    }

    @Test
    void theAccountIsThrottledFromAnyAddressAndNamesIgnoreCase() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("Marta", "10.0.0." + i);
        }
        assertTrue(throttle.waitBefore("marta", "192.168.1.1").toSeconds() > 0, "guessing from many machines");
        assertEquals(Duration.ZERO, throttle.waitBefore("joan", "192.168.1.1"), "other accounts are not affected");
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, "10.9.9.9");
        }
        assertTrue(throttle.waitBefore("someone-else", "10.9.9.9").toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.waitBefore("someone-else", "10.9.9.8"));
    }

    @Test
    void theWaitNeverExceedsFifteenMinutesAndOldFailuresAreForgotten() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("marta", "10.0.0.1");
        }
        assertEquals(Duration.ofMinutes(15), throttle.waitBefore("marta", "10.0.0.1"));
        clock.advance(Duration.ofMinutes(31));
        assertEquals(Duration.ZERO, throttle.waitBefore("marta", "10.0.0.1"));
    }

    @Test
    void aSuccessClearsTheAccount() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("marta", "10.0.0.1");
        }
        throttle.succeeded("marta");
        assertEquals(Duration.ZERO, throttle.waitBefore("marta", "10.0.0.2"));
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
