package org.opendoors.security.domain;

import java.time.Instant;
import java.util.function.Function;

/**
 * Where {@link SignInThrottle} counts failed password checks: in this process ({@link MemoryFailureLedger}), or in
 * the database every node shares, so that an account one node has slowed down is slowed down on all of them.
 */
public interface FailureLedger {

    /** Which failures a wait is counted from. */
    enum Scope {
        /** This account from this address, except those forgiven by a later success from there. */
        PAIR,
        /** This account from any address. */
        ACCOUNT,
        /** Any account from this address. */
        ADDRESS
    }

    /** How many failures count, and when the newest was; {@code newest} is null when there are none. */
    record Failures(int count, Instant newest) {
        public static final Failures NONE = new Failures(0, null);
    }

    /**
     * Runs {@code work} alone: no other reservation — in this process or, for a shared ledger, on any node — reads or
     * writes failures until it is done, so a check of the counts and the failure it then counts are one step.
     */
    <T> T inTurn(Function<Entries, T> work);

    /** The password was right: the failure {@code id} is removed and the pair's earlier failures no longer count as the pair's. */
    void giveBack(long id, String accountKey, String addressKey);

    /** The failures, while a {@linkplain #inTurn turn} lasts. */
    interface Entries {

        /** The failures in {@code scope} for these keys since {@code since}. */
        Failures failures(Scope scope, String accountKey, String addressKey, Instant since);

        /** Counts a failure at {@code at}, forgetting what is older than {@code forgetBefore}; gives its id. */
        long add(String accountKey, String addressKey, Instant at, Instant forgetBefore);
    }
}
