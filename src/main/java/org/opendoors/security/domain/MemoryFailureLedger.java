package org.opendoors.security.domain;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Failures counted in this process only: for a single node and for tests. A restart forgets, which only ever helps
 * the legitimate user. Past {@link SignInThrottle#KEYS_BEFORE_CLEAN_UP} remembered keys of a kind, keys whose
 * failures are all old are dropped, so a flood of invented names does not grow it without bound.
 */
public final class MemoryFailureLedger implements FailureLedger {

    private record Failure(long id, Instant at) {
    }

    private final Map<String, Deque<Failure>> byPair = new HashMap<>();
    private final Map<String, Deque<Failure>> byAccount = new HashMap<>();
    private final Map<String, Deque<Failure>> byAddress = new HashMap<>();
    private long lastId;

    private final Entries entries = new Entries() {
        @Override
        public Failures failures(Scope scope, String accountKey, String addressKey, Instant since) {
            Deque<Failure> failures = switch (scope) {
                case PAIR -> byPair.get(pairKey(accountKey, addressKey));
                case ACCOUNT -> byAccount.get(accountKey);
                case ADDRESS -> byAddress.get(addressKey);
            };
            if (failures == null) {
                return Failures.NONE;
            }
            forgetOld(failures, since);
            return failures.isEmpty() ? Failures.NONE : new Failures(failures.size(), failures.peekLast().at());
        }

        @Override
        public long add(String accountKey, String addressKey, Instant at, Instant forgetBefore) {
            Failure failure = new Failure(++lastId, at);
            remember(byPair, pairKey(accountKey, addressKey), failure, forgetBefore);
            remember(byAccount, accountKey, failure, forgetBefore);
            remember(byAddress, addressKey, failure, forgetBefore);
            return failure.id();
        }
    };

    @Override
    public synchronized <T> T inTurn(Function<Entries, T> work) {
        return work.apply(entries);
    }

    @Override
    public synchronized void giveBack(long id, String accountKey, String addressKey) {
        if (byPair.remove(pairKey(accountKey, addressKey)) == null) {
            return;
        }
        forget(byAccount, accountKey, id);
        forget(byAddress, addressKey, id);
    }

    private static String pairKey(String accountKey, String addressKey) {
        return accountKey + '\n' + addressKey;
    }

    private static void remember(Map<String, Deque<Failure>> failures, String key, Failure failure, Instant forgetBefore) {
        if (failures.size() >= SignInThrottle.KEYS_BEFORE_CLEAN_UP) {
            failures.values().removeIf(times -> {
                forgetOld(times, forgetBefore);
                return times.isEmpty();
            });
        }
        failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(failure);
    }

    private static void forget(Map<String, Deque<Failure>> failures, String key, long id) {
        Deque<Failure> times = failures.get(key);
        if (times != null) {
            times.removeIf(failure -> failure.id() == id);
            if (times.isEmpty()) {
                failures.remove(key);
            }
        }
    }

    private static void forgetOld(Deque<Failure> failures, Instant since) {
        while (!failures.isEmpty() && failures.peekFirst().at().isBefore(since)) {
            failures.removeFirst();
        }
    }
}
