package org.opendoors.backup.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.platform.persistence.DatabaseDefinition;
import org.opendoors.platform.persistence.DatabaseSettings;
import org.opendoors.security.domain.Role;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.CurrentUser;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

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
            try (Connection connection = dataSource.getConnection(); Statement backup = connection.createStatement()) {
                // The path is ours (a fresh temporary folder), never typed by anyone; quotes doubled all the same.
                backup.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            }
            audit.record("database.backup", "opendoors.mv.db", Files.size(zip) + " bytes");
            return zip;
        } catch (IOException failed) {
            throw new UncheckedIOException("The backup could not be written: " + failed.getMessage(), failed);
        } catch (SQLException failed) {
            throw new IllegalStateException("The backup could not be written: " + failed.getMessage(), failed);
        }
    }
}
