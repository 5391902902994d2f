package org.opendoors.platform.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Lets one node at a time fill a database on its first start. Nodes started together on one empty PostgreSQL
 * database would otherwise each find it empty and each import the city (the second failing on a duplicate key and
 * staying up without a city). The lock is a row lock on {@code first_start_lock}, held on a connection of its own
 * until {@link #close()}: what the holder imports commits in its own transactions, and a node that waited finds it.
 * A node that dies while holding it loses its connection, and the database releases the lock.
 */
public final class FirstStartLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FirstStartLock.class.getName());

    private final Connection connection;

    private FirstStartLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits until no other node is filling the database, then holds the lock. Needs the schema (V8) in place. */
    public static FirstStartLock take(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement lock = connection.prepareStatement("select id from first_start_lock where id = 1 for update");
                 ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new SQLException("first_start_lock has no row: the schema was changed by hand");
                }
            }
            long waitedMs = (System.nanoTime() - started) / 1_000_000;
            if (waitedMs > 100) {
                LOG.info(() -> "Waited " + waitedMs + " ms for another node to finish its first start");
            }
            return new FirstStartLock(connection);
        } catch (SQLException | RuntimeException failed) {
            connection.close();
            throw failed;
        }
    }

    @Override
    public void close() throws SQLException {
        try (connection) {
            connection.commit();
        }
    }
}
