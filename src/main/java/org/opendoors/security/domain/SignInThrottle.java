package org.opendoors.security.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing without locking the owner of an account out. Every password check — signing in,
 * the current password on the account page — first reserves an attempt here: the attempt is counted as a failure
 * <em>before</em> the slow hash runs and given back only when the password was right, so a burst of parallel guesses
 * can never have more passwords checked than the allowance (the check and the count are one atomic step).
 * <p>
 * Failures are counted three ways, each with its own allowance and back-off (the wait doubles with each further
 * failure, up to a cap):
 * <ul>
 *     <li>per account <em>and</em> address: someone guessing one person's password from one machine. Small
 *     allowance, long cap. The owner, at another machine, is not affected;</li>
 *     <li>per account across all addresses: a guesser spread over many machines. A much higher allowance, so only a
 *     real distributed attack slows the owner down;</li>
 *     <li>per address across all accounts: one machine trying many accounts. This only slows (short waits, short
 *     cap), since a whole office behind one proxy shares an address.</li>
 * </ul>
 * Kept in memory: a restart forgets, which only ever helps the legitimate user.
 */
public final class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Limit PER_ACCOUNT_AND_ADDRESS = new Limit(5, Duration.ofSeconds(30), Duration.ofMinutes(15));
    static final Limit PER_ACCOUNT = new Limit(50, Duration.ofSeconds(30), Duration.ofMinutes(15));
    static final Limit PER_ADDRESS = new Limit(20, Duration.ofSeconds(5), Duration.ofMinutes(1));
    /** Past this many remembered keys per kind, keys whose failures are all old are dropped (a flood of names). */
    static final int KEYS_BEFORE_CLEAN_UP = 10_000;

    /** How many failures are free, the wait after the first failure beyond them, and the longest wait. */
    record Limit(int freeFailures, Duration firstWait, Duration longestWait) {

        Duration waitAfter(int failures, Instant lastFailure, Instant now) {
            if (failures < freeFailures || lastFailure == null) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures, 20);
            Duration wait = firstWait.multipliedBy(1L << doublings);
            if (wait.compareTo(longestWait) > 0) {
                wait = longestWait;
            }
            Duration left = Duration.between(now, lastFailure.plus(wait));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    private final Clock clock;
    private final Map<String, Deque<Instant>> byPair = new HashMap<>();
    private final Map<String, Deque<Instant>> byAccount = new HashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Asks to check one password for this account from this address. When the answer {@linkplain Attempt#allowed()
     * allows} it, a failure is already counted; call {@link Attempt#succeeded()} when the password was right.
     */
    public synchronized Attempt reserve(String account, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        String pairKey = accountKey + '\n' + addressKey;
        Duration wait = longest(
                wait(byPair, pairKey, PER_ACCOUNT_AND_ADDRESS, now),
                wait(byAccount, accountKey, PER_ACCOUNT, now),
                wait(byAddress, addressKey, PER_ADDRESS, now));
        if (!wait.isZero()) {
            return new Attempt(this, wait, null, null, null, null);
        }
        remember(byPair, pairKey, now);
        remember(byAccount, accountKey, now);
        remember(byAddress, addressKey, now);
        return new Attempt(this, Duration.ZERO, pairKey, accountKey, addressKey, now);
    }

    /** How long this account at this address would wait now, without reserving anything. */
    public synchronized Duration waitBefore(String account, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        return longest(wait(byPair, accountKey + '\n' + addressKey, PER_ACCOUNT_AND_ADDRESS, now),
                wait(byAccount, accountKey, PER_ACCOUNT, now),
                wait(byAddress, addressKey, PER_ADDRESS, now));
    }

    /**
     * The password was right: the reserved failure is given back everywhere, and the pair's earlier failures are
     * forgotten (the owner has proved themselves from this machine). The account's failures from other addresses
     * are kept, or an attacker could reset them by watching the owner sign in.
     */
    private synchronized void giveBack(Attempt attempt) {
        Deque<Instant> pair = byPair.remove(attempt.pairKey);
        if (pair == null) {
            return;
        }
        forget(byAccount, attempt.accountKey, attempt.reservedAt);
        forget(byAddress, attempt.addressKey, attempt.reservedAt);
    }

    /** One reserved password check: allowed (counted as a failure until it succeeds) or told to wait. */
    public static final class Attempt {
        private final SignInThrottle throttle;
        private final Duration wait;
        private final String pairKey;
        private final String accountKey;
        private final String addressKey;
        private final Instant reservedAt;
        private boolean givenBack;

        private Attempt(SignInThrottle throttle, Duration wait, String pairKey, String accountKey, String addressKey,
                        Instant reservedAt) {
            this.throttle = throttle;
            this.wait = wait;
            this.pairKey = pairKey;
            this.accountKey = accountKey;
            this.addressKey = addressKey;
            this.reservedAt = reservedAt;
        }

        /** Whether the password may be checked now. */
        public boolean allowed() {
            return wait.isZero();
        }

        /** How long to wait before the next try; zero when allowed. */
        public Duration waitFor() {
            return wait;
        }

        /** The password was right: give the reserved failure back. Does nothing for a refused attempt, or twice. */
        public void succeeded() {
            if (allowed() && !givenBack) {
                givenBack = true;
                throttle.giveBack(this);
            }
        }
    }

    static String accountKey(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null ? "" : address;
    }

    private static Duration longest(Duration... waits) {
        Duration longest = Duration.ZERO;
        for (Duration wait : waits) {
            if (wait.compareTo(longest) > 0) {
                longest = wait;
            }
        }
        return longest;
    }

    private static Duration wait(Map<String, Deque<Instant>> failures, String key, Limit limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        forgetOld(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
            return Duration.ZERO;
        }
        return limit.waitAfter(times.size(), times.peekLast(), now);
    }

    private static void remember(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (failures.size() >= KEYS_BEFORE_CLEAN_UP) {
            failures.values().removeIf(times -> {
                forgetOld(times, now);
                return times.isEmpty();
            });
        }
        failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
    }

    private static void forget(Map<String, Deque<Instant>> failures, String key, Instant reservedAt) {
        Deque<Instant> times = failures.get(key);
        if (times != null) {
            times.removeLastOccurrence(reservedAt);
            if (times.isEmpty()) {
                failures.remove(key);
            }
        }
    }

    /** Failures older than the window plus the longest wait no longer matter to any wait. */
    private static void forgetOld(Deque<Instant> failures, Instant now) {
        Instant oldest = now.minus(WINDOW).minus(PER_ACCOUNT_AND_ADDRESS.longestWait());
        while (!failures.isEmpty() && failures.peekFirst().isBefore(oldest)) {
            failures.removeFirst();
        }
    }
}
