package org.opendoors.platform.persistence;

import org.opendoors.platform.startup.BadConfiguration;
import org.opendoors.platform.startup.PortalStop;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * The portal's database, chosen when the server starts and not when it is built: PostgreSQL when
 * {@code OPENDOORS_DB_URL} names one, otherwise the embedded H2 file in {@code OPENDOORS_DATA_DIR} (default
 * {@code ./data}). The server's connection pool wraps this class (see {@link DatabaseDefinition}); it only decides
 * which driver's DataSource to delegate to, which an annotation with a fixed class name cannot do.
 * <p>
 * The server makes the first connection while it deploys the portal, before any of the portal's own start-up code
 * runs. So this is where a database that cannot be used is refused: the process stops with one line saying why
 * (see {@link DatabaseCheck}), instead of a failed deployment that leaves the port open answering 404.
 */
public class ConfiguredDataSource implements DataSource {

    private record Chosen(DatabaseSettings settings, DataSource dataSource) {
    }

    private volatile Chosen chosen;
    private PrintWriter logWriter;
    private int loginTimeout;

    private Chosen chosen() {
        Chosen result = chosen;
        if (result == null) {
            synchronized (this) {
                if (chosen == null) {
                    chosen = openFirst(DatabaseSettings.fromEnvironment(System.getenv()));
                }
                result = chosen;
            }
        }
        return result;
    }

    private static Chosen openFirst(DatabaseSettings settings) {
        try {
            DatabaseCheck.requireUsable(settings);
            Chosen database = new Chosen(settings, create(settings));
            try (Connection first = connect(database)) {
                return database;
            } catch (SQLException refused) {
                throw DatabaseCheck.explain(refused, settings);
            }
        } catch (BadConfiguration bad) {
            PortalStop.refuse(bad);
            throw bad;
        }
    }

    private static DataSource create(DatabaseSettings settings) {
        if (settings.isPostgreSql()) {
            org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
            postgres.setURL(settings.url());
            postgres.setUser(settings.user());
            postgres.setPassword(settings.password());
            return postgres;
        }
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(settings.url());
        h2.setUser(settings.user());
        h2.setPassword(settings.password());
        return h2;
    }

    private static Connection connect(Chosen database) throws SQLException {
        Connection connection = database.dataSource().getConnection();
        if (database.settings().isPostgreSql()) {
            try {
                requireSynchronousCommit(connection);
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        }
        return connection;
    }

    /**
     * PostgreSQL confirms a commit once its write-ahead log is on disk, unless {@code synchronous_commit} is off (a
     * database or role may be set so, to go faster): the portal's sessions always wait for the disk, since a save it
     * confirmed must never be lost.
     */
    private static void requireSynchronousCommit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            boolean off;
            try (ResultSet setting = statement.executeQuery("show synchronous_commit")) {
                off = setting.next() && "off".equalsIgnoreCase(setting.getString(1));
            }
            if (off) {
                statement.execute("set synchronous_commit to on");
            }
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect(chosen());
    }

    /** The pool passes the annotation's (empty) credentials; the environment's are the real ones. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return chosen().dataSource().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || chosen().dataSource().isWrapperFor(type);
    }
}
