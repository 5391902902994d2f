package org.opendoors.platform.persistence;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * The portal's database, chosen when the server starts and not when it is built: PostgreSQL when
 * {@code OPENDOORS_DB_URL} names one, otherwise the embedded H2 file in {@code OPENDOORS_DATA_DIR} (default
 * {@code ./data}). The server's connection pool wraps this class (see {@link DatabaseDefinition}); it only decides
 * which driver's DataSource to delegate to, which an annotation with a fixed class name cannot do.
 */
public class ConfiguredDataSource implements DataSource {

    private static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE";

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource delegate() throws SQLException {
        DataSource result = delegate;
        if (result == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create(DatabaseSettings.fromEnvironment(System.getenv()));
                }
                result = delegate;
            }
        }
        return result;
    }

    private static DataSource create(DatabaseSettings settings) throws SQLException {
        if (settings.isPostgreSql()) {
            org.postgresql.ds.PGSimpleDataSource postgres = new org.postgresql.ds.PGSimpleDataSource();
            postgres.setURL(settings.url());
            postgres.setUser(settings.user());
            postgres.setPassword(settings.password());
            return postgres;
        }
        if (settings.isH2()) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(settings.url());
            h2.setUser(settings.user());
            h2.setPassword(settings.password());
            return h2;
        }
        throw new SQLException("OPENDOORS_DB_URL must start with jdbc:postgresql: or jdbc:h2:, not " + settings.url());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    /** The pool passes the annotation's (empty) credentials; the environment's are the real ones. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return delegate().getConnection();
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
        return delegate().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate().isWrapperFor(type);
    }

    /** The H2 URL for a data folder: an absolute path, because H2 refuses ambiguous relative ones. */
    static String h2Url(Path dataFolder) {
        return "jdbc:h2:file:" + dataFolder.toAbsolutePath().normalize().resolve("opendoors") + H2_OPTIONS;
    }
}
