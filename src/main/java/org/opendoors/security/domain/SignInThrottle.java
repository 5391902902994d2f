package org.opendoors.security.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

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
 * The failures are kept in a {@link FailureLedger}: on several nodes the database they share, so an account one
 * node slows down is slowed down on every node, and a burst spread over the nodes is no bigger than the allowance.
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

        Duration waitAfter(FailureLedger.Failures counted, Instant now) {
            int failures = counted.count();
            Instant lastFailure = counted.newest();
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
    private final FailureLedger ledger;

    /** Failures counted in this process only. */
    public SignInThrottle(Clock clock) {
        this(clock, new MemoryFailureLedger());
    }

    public SignInThrottle(Clock clock, FailureLedger ledger) {
        this.clock = clock;
        this.ledger = ledger;
    }

    /**
     * Asks to check one password for this account from this address. When the answer {@linkplain Attempt#allowed()
     * allows} it, a failure is already counted; call {@link Attempt#succeeded()} when the password was right.
     */
    public Attempt reserve(String account, String address) {
        Instant now = clock.instant();
        String accountKey = accountKey(account);
        String addressKey = addressKey(address);
        return ledger.inTurn(entries -> {
            Duration wait = waitIn(entries, accountKey, addressKey, now);
            if (!wait.isZero()) {
                return new Attempt(this, wait, 0, null, null);
            }
            long id = entries.add(accountKey, addressKey, now, countedSince(now));
            return new Attempt(this, Duration.ZERO, id, accountKey, addressKey);
        });
    }

    /** How long this account at this address would wait now, without reserving anything. */
    public Duration waitBefore(String account, String address) {
        Instant now = clock.instant();
        return ledger.inTurn(entries -> waitIn(entries, accountKey(account), addressKey(address), now));
    }

    private static Duration waitIn(FailureLedger.Entries entries, String accountKey, String addressKey, Instant now) {
        Instant since = countedSince(now);
        return longest(
                PER_ACCOUNT_AND_ADDRESS.waitAfter(entries.failures(FailureLedger.Scope.PAIR, accountKey, addressKey, since), now),
                PER_ACCOUNT.waitAfter(entries.failures(FailureLedger.Scope.ACCOUNT, accountKey, addressKey, since), now),
                PER_ADDRESS.waitAfter(entries.failures(FailureLedger.Scope.ADDRESS, accountKey, addressKey, since), now));
    }

    /** Failures older than the window plus the longest wait no longer matter to any wait. */
    static Instant countedSince(Instant now) {
        return now.minus(WINDOW).minus(PER_ACCOUNT_AND_ADDRESS.longestWait());
    }

    /**
     * The password was right: the reserved failure is given back everywhere, and the pair's earlier failures are
     * forgotten (the owner has proved themselves from this machine). The account's failures from other addresses
     * are kept, or an attacker could reset them by watching the owner sign in.
     */
    private void giveBack(Attempt attempt) {
        ledger.giveBack(attempt.failureId, attempt.accountKey, attempt.addressKey);
    }

    /** One reserved password check: allowed (counted as a failure until it succeeds) or told to wait. */
    public static final class Attempt {
        private final SignInThrottle throttle;
        private final Duration wait;
        private final long failureId;
        private final String accountKey;
        private final String addressKey;
        private boolean givenBack;

        private Attempt(SignInThrottle throttle, Duration wait, long failureId, String accountKey, String addressKey) {
            this.throttle = throttle;
            this.wait = wait;
            this.failureId = failureId;
            this.accountKey = accountKey;
            this.addressKey = addressKey;
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

    /** An account name as counted: case and surrounding spaces make no difference. */
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
}
