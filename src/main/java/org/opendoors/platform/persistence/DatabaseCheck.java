package org.opendoors.platform.persistence;

import org.opendoors.platform.startup.BadConfiguration;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Refuses a database the portal could not use, in one line that names the variable and says what to do, instead
 * of a deployment failure buried in a stack trace. What can be told without connecting is checked first, so a bad
 * setting never leaves a file or a table behind.
 */
final class DatabaseCheck {

    private DatabaseCheck() {
    }

    /** The kind of database, the write delay and, for the embedded database, its folder. */
    static void requireUsable(DatabaseSettings settings) {
        if (!settings.isPostgreSql() && !settings.isH2()) {
            throw new BadConfiguration(DatabaseSettings.DB_URL, "It names a " + settings.kind() + " database ("
                    + settings.describe() + "), and Open Doors runs on PostgreSQL or its embedded H2 database",
                    "Set it to a jdbc:postgresql://host:port/database URL, or unset it to use the embedded database in "
                            + DatabaseSettings.DATA_DIR + ".");
        }
        if (settings.isH2()) {
            DatabaseSettings.writeDelayIn(settings.url()).filter(delay -> !delay.equals("0")).ifPresent(delay -> {
                throw new BadConfiguration(DatabaseSettings.DB_URL, "It sets WRITE_DELAY=" + delay + ", so a save the "
                        + "portal has confirmed could be lost if the server stops suddenly", "Remove WRITE_DELAY from the URL.");
            });
        }
        if (settings.embedded()) {
            requireWritableFolder(settings.dataFolder());
        }
    }

    /** The data folder exists (or is created now) and a file can be written in it, whoever runs the portal. */
    static void requireWritableFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        String remedy = "Set " + DatabaseSettings.DATA_DIR + " to a folder the user running the portal can write in.";
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new BadConfiguration(DatabaseSettings.DATA_DIR, "The data folder " + absolute + " is a file, not a folder", remedy);
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new BadConfiguration(DatabaseSettings.DATA_DIR, "The data folder " + absolute + " cannot be created ("
                    + reason(e) + ")", remedy);
        }
        // Asking the file system (isWritable) says yes to root whatever the folder is; writing is the real test.
        try {
            Files.delete(Files.createTempFile(absolute, ".write-check-", ".tmp"));
        } catch (IOException e) {
            throw new BadConfiguration(DatabaseSettings.DATA_DIR, "Open Doors cannot write in the data folder "
                    + absolute + " (" + reason(e) + ")", remedy);
        }
    }

    /** What the file system said, in its words rather than as an exception's name. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof FileSystemException problem && problem.getReason() != null) {
            return BadConfiguration.detail(problem.getReason());
        }
        return BadConfiguration.detail(e.getMessage() == null ? "input/output error" : e.getMessage());
    }

    /** What the database said when the first connection failed, as one line an operator can act on. */
    static BadConfiguration explain(SQLException refused, DatabaseSettings settings) {
        String state = Objects.requireNonNullElse(refused.getSQLState(), "");
        String said = BadConfiguration.detail(refused.getMessage());
        if (settings.isPostgreSql()) {
            if (state.startsWith("08")) {
                return new BadConfiguration(DatabaseSettings.DB_URL, "The PostgreSQL server cannot be reached: " + said,
                        "Start it, or correct the host and port in the URL.", refused);
            }
            if (state.startsWith("28")) {
                return new BadConfiguration(DatabaseSettings.DB_USER + " and " + DatabaseSettings.DB_PASSWORD,
                        "PostgreSQL refused the user '" + settings.user() + "': " + said,
                        "Set the user name and password of the portal's database account.", refused);
            }
            if (state.equals("3D000")) {
                return new BadConfiguration(DatabaseSettings.DB_URL, "The PostgreSQL database does not exist: " + said,
                        "Create it (createdb), or correct its name in the URL.", refused);
            }
        } else {
            if (state.equals(H2_DATABASE_ALREADY_OPEN)) {
                return new BadConfiguration(settings.variable(), "The database file is in use by another process "
                        + "(another Open Doors on the same data folder?): " + said,
                        "Stop the other process, or give this portal a data folder of its own.", refused);
            }
            if (state.equals(H2_FILE_CORRUPTED)) {
                return new BadConfiguration(settings.variable(), "The database file is damaged: " + said,
                        "Restore the data folder from a backup.", refused);
            }
            if (state.startsWith("28")) {
                return new BadConfiguration(DatabaseSettings.DB_USER + " and " + DatabaseSettings.DB_PASSWORD,
                        "The H2 database refused the user '" + settings.user() + "': " + said,
                        "Set the user name and password the database was created with.", refused);
            }
        }
        return new BadConfiguration(settings.variable(), "The " + settings.kind() + " database " + settings.describe()
                + " cannot be opened: " + said, "Check the database settings in the README.", refused);
    }

    /** H2's error code (and SQL state) when another process holds the database file's lock. */
    static final String H2_DATABASE_ALREADY_OPEN = "90020";
    static final String H2_FILE_CORRUPTED = "90030";
}
