package org.opendoors.security.persistence;

import org.opendoors.security.domain.FailureLedger;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Failed password checks in the database every node shares (V10 {@code sign_in_failure}). A turn is a transaction
 * on a connection of its own that first locks {@code sign_in_turn}'s one row, so reservations on every node take
 * turns; it commits before the slow password hash runs, so no lock is held while it does. Must be called outside a
 * container transaction (the connection commits itself).
 */
public final class DatabaseFailureLedger implements FailureLedger {

    /** Longer keys (an invented account name can be any length) are kept as their SHA-256. */
    static final int LONGEST_KEY = 200;

    private final DataSource dataSource;

    public DatabaseFailureLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTurn(Function<Entries, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement turn = connection.prepareStatement("select id from sign_in_turn where id = 1 for update");
                     ResultSet row = turn.executeQuery()) {
                    if (!row.next()) {
                        throw new SQLException("sign_in_turn has no row: the schema was changed by hand");
                    }
                }
                T result = work.apply(new ConnectionEntries(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException failed) {
                connection.rollback();
                throw failed;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The sign-in failures could not be read or counted: " + failed.getMessage(), failed);
        }
    }

    @Override
    public void giveBack(long id, String accountKey, String addressKey) {
        inTurn(entries -> {
            Connection connection = ((ConnectionEntries) entries).connection;
            try (PreparedStatement remove = connection.prepareStatement("delete from sign_in_failure where id = ?");
                 PreparedStatement forgive = connection.prepareStatement(
                         "update sign_in_failure set pair_forgiven = true where account_key = ? and address_key = ?")) {
                remove.setLong(1, id);
                remove.executeUpdate();
                forgive.setString(1, stored(accountKey));
                forgive.setString(2, stored(addressKey));
                forgive.executeUpdate();
                return null;
            } catch (SQLException failed) {
                throw new IllegalStateException(failed.getMessage(), failed);
            }
        });
    }

    static String stored(String key) {
        if (key.length() <= LONGEST_KEY) {
            return key;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private record ConnectionEntries(Connection connection) implements Entries {

        @Override
        public Failures failures(Scope scope, String accountKey, String addressKey, Instant since) {
            String where = switch (scope) {
                case PAIR -> "account_key = ? and address_key = ? and not pair_forgiven";
                case ACCOUNT -> "account_key = ?";
                case ADDRESS -> "address_key = ?";
            };
            try (PreparedStatement count = connection.prepareStatement(
                    "select count(*), max(failed_at_ms) from sign_in_failure where " + where + " and failed_at_ms >= ?")) {
                int parameter = 1;
                if (scope != Scope.ADDRESS) {
                    count.setString(parameter++, stored(accountKey));
                }
                if (scope != Scope.ACCOUNT) {
                    count.setString(parameter++, stored(addressKey));
                }
                count.setLong(parameter, since.toEpochMilli());
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    int failures = row.getInt(1);
                    return failures == 0 ? Failures.NONE : new Failures(failures, Instant.ofEpochMilli(row.getLong(2)));
                }
            } catch (SQLException failed) {
                throw new IllegalStateException(failed.getMessage(), failed);
            }
        }

        @Override
        public long add(String accountKey, String addressKey, Instant at, Instant forgetBefore) {
            try (PreparedStatement forget = connection.prepareStatement("delete from sign_in_failure where failed_at_ms < ?");
                 PreparedStatement add = connection.prepareStatement(
                         "insert into sign_in_failure (account_key, address_key, failed_at_ms) values (?, ?, ?)",
                         Statement.RETURN_GENERATED_KEYS)) {
                forget.setLong(1, forgetBefore.toEpochMilli());
                forget.executeUpdate();
                add.setString(1, stored(accountKey));
                add.setString(2, stored(addressKey));
                add.setLong(3, at.toEpochMilli());
                add.executeUpdate();
                try (ResultSet key = add.getGeneratedKeys()) {
                    key.next();
                    return key.getLong(1);
                }
            } catch (SQLException failed) {
                throw new IllegalStateException(failed.getMessage(), failed);
            }
        }
    }
}
