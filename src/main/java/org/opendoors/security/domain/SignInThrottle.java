package org.opendoors.security.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failed sign-ins are counted per account (someone guessing one person's password
 * from many machines) and per address (one machine trying many accounts). Past a free allowance, each further
 * failure doubles the wait before the next attempt is even checked, up to a cap; a success clears the account.
 * Kept in memory: a restart forgets, which only ever helps the legitimate user.
 */
public final class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;

    private final Clock clock;
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this account and address must still wait before a password is checked; zero when they may try. */
    public Duration waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration forAccount = wait(byAccount.get(key(account)), FREE_FAILURES_PER_ACCOUNT, now);
        Duration forAddress = wait(byAddress.get(address), FREE_FAILURES_PER_ADDRESS, now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        remember(byAccount, key(account), now);
        remember(byAddress, address, now);
    }

    public void succeeded(String account) {
        byAccount.remove(key(account));
    }

    private static String key(String account) {
        return account == null ? "" : account.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static void remember(Map<String, Deque<Instant>> failures, String key, Instant now) {
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            kept.addLast(now);
            forgetOld(kept, now);
            return kept;
        });
        // Bound memory under a flood of distinct names: drop the entries whose failures are all old.
        if (failures.size() > 10_000) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    forgetOld(times, now);
                    return times.isEmpty();
                }
            });
        }
    }

    private static Duration wait(Deque<Instant> failures, int free, Instant now) {
        if (failures == null) {
            return Duration.ZERO;
        }
        Instant last;
        int count;
        synchronized (failures) {
            forgetOld(failures, now);
            count = failures.size();
            last = failures.peekLast();
        }
        if (count < free || last == null) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count - free, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        Duration left = Duration.between(now, last.plus(wait));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static void forgetOld(Deque<Instant> failures, Instant now) {
        Instant oldest = now.minus(WINDOW).minus(LONGEST_WAIT);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(oldest)) {
            failures.removeFirst();
        }
    }
}
