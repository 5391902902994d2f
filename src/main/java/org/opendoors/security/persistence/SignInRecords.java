package org.opendoors.security.persistence;

import org.opendoors.security.domain.SignedInStaff;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Back-office sign-ins in the database every node shares (V11 {@code staff_sign_in}), by the SHA-256 of their token.
 * Each call is one statement on a connection of its own, committed at once: a sign-in another node must see cannot
 * wait for the end of a request's transaction.
 */
public final class SignInRecords {

    /** A sign-in as kept: who, with what stamp and roles, and when the browser last came back with it. */
    public record Kept(SignedInStaff staff, long lastSeenAtMs) {
    }

    private final DataSource dataSource;

    public SignInRecords(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void add(String tokenHash, SignedInStaff staff, long nowMs) {
        update("insert into staff_sign_in (token_hash, username, security_stamp, roles, signed_in_at_ms, last_seen_at_ms)"
                + " values (?, ?, ?, ?, ?, ?)", tokenHash, staff.username(), staff.securityStamp(),
                String.join(",", new TreeSet<>(staff.roles())), nowMs, nowMs);
    }

    public Optional<Kept> find(String tokenHash) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select username, security_stamp, roles, last_seen_at_ms"
                     + " from staff_sign_in where token_hash = ?")) {
            select.setString(1, tokenHash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String roles = row.getString(3);
                return Optional.of(new Kept(new SignedInStaff(row.getString(1), row.getString(2),
                        roles.isEmpty() ? java.util.Set.of() : new TreeSet<>(Arrays.asList(roles.split(",")))),
                        row.getLong(4)));
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("The sign-in could not be read: " + failed.getMessage(), failed);
        }
    }

    public void seen(String tokenHash, long nowMs) {
        update("update staff_sign_in set last_seen_at_ms = ? where token_hash = ?", nowMs, tokenHash);
    }

    /** The sign-in now carries {@code staff} (its own account changed through it: new password or roles). */
    public void replace(String tokenHash, SignedInStaff staff) {
        update("update staff_sign_in set security_stamp = ?, roles = ? where token_hash = ?", staff.securityStamp(),
                String.join(",", new TreeSet<>(staff.roles())), tokenHash);
    }

    public void remove(String tokenHash) {
        update("delete from staff_sign_in where token_hash = ?", tokenHash);
    }

    public void removeUnseenSince(long ms) {
        update("delete from staff_sign_in where last_seen_at_ms < ?", ms);
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("The sign-ins could not be changed: " + failed.getMessage(), failed);
        }
    }
}
