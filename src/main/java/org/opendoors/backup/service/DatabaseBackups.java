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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
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
    private static final String DATABASE_FILE = "opendoors.mv.db";
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
        currentUser.require("backUp", Role.ADMIN);
        if (!isEmbedded()) {
            throw new IllegalStateException("This portal runs on PostgreSQL: back it up with pg_dump (see the README).");
        }
        try {
            Path folder = Files.createTempDirectory("opendoors-backup-");
            Path zip = folder.resolve("opendoors-backup.zip");
            SQLException unreadable = null;
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                Files.deleteIfExists(zip);
                writeCopy(folder, zip);
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
     * Writes the database as one consistent snapshot (H2's {@code SCRIPT}, one statement, so one view of every
     * table) into a new database file that is then closed cleanly, and zips that file. H2's {@code BACKUP TO} copies
     * the live file instead, and a copy taken while the portal wrote once opened as "File corrupted" (an MVStore
     * "Double mark") on restore although it had read back whole; a freshly written, closed file has no torn state.
     */
    private void writeCopy(Path folder, Path zip) throws SQLException, IOException {
        Path script = folder.resolve("snapshot.sql.gz");
        Path fresh = Files.createTempDirectory(folder, "copy-");
        try {
            try (Connection connection = dataSource.getConnection(); Statement dump = connection.createStatement()) {
                // The paths are ours (a fresh temporary folder), never typed by anyone; quotes doubled all the same.
                dump.execute("SCRIPT TO '" + quoted(script) + "' COMPRESSION GZIP");
            }
            try (Connection copy = open(fresh.resolve("opendoors"), false); Statement load = copy.createStatement()) {
                load.execute("RUNSCRIPT FROM '" + quoted(script) + "' COMPRESSION GZIP");
                load.execute("SHUTDOWN COMPACT");
            }
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry(DATABASE_FILE));
                Files.copy(fresh.resolve(DATABASE_FILE), out);
                out.closeEntry();
            }
        } finally {
            Files.deleteIfExists(script);
            deleteFolder(fresh);
        }
    }

    private static String quoted(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    /** A connection to the file database at {@code database} (without its {@code .mv.db}), made or opened. */
    private static Connection open(Path database, boolean mustExist) throws SQLException {
        // The portal's own account: the copy is made with it, and a restore opens the copy with it.
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(System.getenv());
        JdbcDataSource file = new JdbcDataSource();
        file.setURL("jdbc:h2:file:" + database.toAbsolutePath() + (mustExist ? ";IFEXISTS=TRUE" : ""));
        file.setUser(settings.user());
        file.setPassword(settings.password());
        return file.getConnection();
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(folder);
    }

    /**
     * Unpacks the backup and opens it as a restore does, then reads every row of every table, so that a
     * copy H2 wrote with a damaged page (seen once under load) is found now, not on the day it is restored. Unpacked
     * first because H2 reading inside a zip inflates it again for every page it seeks back to: the sample city's
     * copy read back in 63 s that way and in 0.5 s unpacked.
     */
    private static void readBack(Path zip) throws SQLException, IOException {
        Path unpacked = Files.createTempDirectory(zip.getParent(), "read-back-");
        try {
            unpack(zip, unpacked);
            readEveryRow(unpacked.resolve("opendoors"));
        } finally {
            deleteFolder(unpacked);
        }
    }

    /** The zip is the one just written; its entries are still kept to plain names inside the folder. */
    private static void unpack(Path zip, Path folder) throws IOException, SQLException {
        try (ZipInputStream entries = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                String name = entry.getName();
                if (entry.isDirectory() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                    throw new SQLException("the copy holds an unexpected entry: " + name);
                }
                Files.copy(entries, folder.resolve(name));
            }
        }
    }

    private static void readEveryRow(Path database) throws SQLException {
        // Opened for writing, as the restored portal opens it (H2 runs its recovery only then).
        try (Connection connection = open(database, true); Statement read = connection.createStatement()) {
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
