package org.opendoors.backup.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.platform.persistence.DatabaseDefinition;
import org.opendoors.platform.persistence.DatabaseSettings;
import org.opendoors.security.domain.Role;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.CurrentUser;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backups of the embedded database while the portal runs. H2's {@code BACKUP TO} writes the database file into a
 * zip without stopping anyone: it copies a consistent state (H2 keeps every committed version it still needs), so a
 * save that commits meanwhile is either wholly in the backup or not at all. Restoring is unzipping
 * {@code opendoors.mv.db} into an empty data folder and starting a portal on it. PostgreSQL is backed up with its own
 * {@code pg_dump}, as the README shows: a running portal has no business holding a city's whole database in memory.
 */
@ApplicationScoped
public class DatabaseBackups {

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    private DataSource dataSource;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private AuditLog audit;

    /** Backups taken and read back before one is given up on. */
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(DatabaseBackups.class.getName());

    /** Whether this portal runs on the embedded database, which it can back up itself. */
    public boolean isEmbedded() {
        return DatabaseSettings.fromEnvironment(System.getenv()).isH2();
    }

    /**
     * Writes a backup of the embedded database into a new temporary zip and gives its path; the caller sends it and
     * deletes it. Admins only.
     */
    public Path writeBackup() {
        currentUser.require("back up the database", Role.ADMIN);
        if (!isEmbedded()) {
            throw new IllegalStateException("This portal runs on PostgreSQL: back it up with pg_dump (see the README).");
        }
        try {
            Path folder = Files.createTempDirectory("opendoors-backup-");
            Path zip = folder.resolve("opendoors-backup.zip");
            SQLException unreadable = null;
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                Files.deleteIfExists(zip);
                try (Connection connection = dataSource.getConnection(); Statement backup = connection.createStatement()) {
                    // The path is ours (a fresh temporary folder), never typed by anyone; quotes doubled all the same.
                    backup.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
                }
                try {
                    readBack(zip);
                    audit.record("database.backup", "opendoors.mv.db", Files.size(zip) + " bytes"
                            + (attempt > 1 ? ", read back whole at attempt " + attempt : ""));
                    return zip;
                } catch (SQLException failed) {
                    unreadable = failed;
                    LOG.log(Level.WARNING, "A backup did not read back whole (attempt {0}): {1}",
                            new Object[] {attempt, failed.getMessage()});
                }
            }
            throw new IllegalStateException("The backup could not be written: its copy did not read back whole "
                    + ATTEMPTS + " times (" + unreadable.getMessage() + ")", unreadable);
        } catch (IOException failed) {
            throw new UncheckedIOException("The backup could not be written: " + failed.getMessage(), failed);
        } catch (SQLException failed) {
            throw new IllegalStateException("The backup could not be written: " + failed.getMessage(), failed);
        }
    }

    /**
     * Opens the backup as the restored portal would, read-only and inside its zip, and reads every row of every
     * table, so that a copy H2 wrote with a damaged page (seen once under load) is found now, not on the day it is
     * restored.
     */
    private static void readBack(Path zip) throws SQLException {
        JdbcDataSource copy = new JdbcDataSource();
        copy.setURL("jdbc:h2:zip:" + zip.toAbsolutePath() + "!/opendoors;ACCESS_MODE_DATA=r;IFEXISTS=TRUE");
        copy.setUser("opendoors");
        copy.setPassword("");
        try (Connection connection = copy.getConnection(); Statement read = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = read.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            if (tables.isEmpty()) {
                throw new SQLException("the copy holds no table");
            }
            for (String table : tables) {
                try (ResultSet rows = read.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            rows.getObject(column);
                        }
                    }
                }
            }
        }
    }
}
