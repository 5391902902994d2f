package org.opendoors.platform.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.platform.startup.BadConfiguration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseCheckTest {

    @TempDir
    Path temporary;

    @Test
    void aDatabaseOtherThanPostgresqlOrH2IsRefusedByName() {
        BadConfiguration refused = assertThrows(BadConfiguration.class, () -> DatabaseCheck.requireUsable(
                DatabaseSettings.fromEnvironment(Map.of("OPENDOORS_DB_URL", "jdbc:mysql://db/opendoors"))));
        assertEquals("OPENDOORS_DB_URL", refused.variable());
        assertTrue(refused.getMessage().contains("mysql database (jdbc:mysql://db/opendoors)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("jdbc:postgresql://"), "says what to set instead: " + refused.getMessage());
    }

    @Test
    void anH2WriteDelayOtherThanZeroIsRefused() {
        BadConfiguration refused = assertThrows(BadConfiguration.class, () -> DatabaseCheck.requireUsable(
                DatabaseSettings.fromEnvironment(Map.of("OPENDOORS_DB_URL", "jdbc:h2:mem:x;WRITE_DELAY=500"))));
        assertTrue(refused.getMessage().contains("WRITE_DELAY=500"), refused.getMessage());
        assertDoesNotThrow(() -> DatabaseCheck.requireUsable(
                DatabaseSettings.fromEnvironment(Map.of("OPENDOORS_DB_URL", "jdbc:h2:mem:x;WRITE_DELAY=0"))));
    }

    @Test
    void theDataFolderIsCreatedWhenMissingAndMustTakeAFile() throws IOException {
        Path missing = temporary.resolve("new/data");
        DatabaseCheck.requireWritableFolder(missing);
        assertTrue(Files.isDirectory(missing));
        try (var left = Files.list(missing)) {
            assertEquals(0, left.count(), "the write check leaves nothing behind");
        }
    }

    @Test
    void aDataFolderThatIsAFileOrUnderAFileIsRefused() throws IOException {
        Path file = Files.writeString(temporary.resolve("data"), "not a folder");
        BadConfiguration isFile = assertThrows(BadConfiguration.class, () -> DatabaseCheck.requireWritableFolder(file));
        assertEquals("OPENDOORS_DATA_DIR", isFile.variable());
        assertTrue(isFile.getMessage().contains("is a file, not a folder"), isFile.getMessage());
        BadConfiguration under = assertThrows(BadConfiguration.class,
                () -> DatabaseCheck.requireWritableFolder(file.resolve("inside")));
        assertTrue(under.getMessage().contains("cannot be created (Not a directory)"), under.getMessage());
    }

    @Test
    void theFileSystemsReasonIsToldInWordsNotAsAnExceptionName() {
        assertEquals("permission denied", DatabaseCheck.reason(new java.nio.file.AccessDeniedException("/srv/od")));
        assertEquals("No space left on device", DatabaseCheck.reason(
                new java.nio.file.FileSystemException("/srv/od", null, "No space left on device")));
        assertEquals("input/output error", DatabaseCheck.reason(new IOException()));
    }

    @Test
    void whatTheDatabaseSaidBecomesOneLineNamingTheVariable() {
        DatabaseSettings postgres = DatabaseSettings.fromEnvironment(Map.of("OPENDOORS_DB_URL",
                "jdbc:postgresql://db:5432/od", "OPENDOORS_DB_USER", "od", "OPENDOORS_DB_PASSWORD", "s3cret"));
        assertRefusal(postgres, new SQLException("Connection to db:5432 refused.\nCheck that the hostname", "08001"),
                "OPENDOORS_DB_URL", "cannot be reached: Connection to db:5432 refused. Check that the hostname");
        assertRefusal(postgres, new SQLException("FATAL: password authentication failed for user \"od\"", "28P01"),
                "OPENDOORS_DB_USER and OPENDOORS_DB_PASSWORD", "refused the user 'od'");
        assertRefusal(postgres, new SQLException("FATAL: database \"od\" does not exist", "3D000"),
                "OPENDOORS_DB_URL", "does not exist");
        assertRefusal(postgres, new SQLException("something else", "XX000"),
                "OPENDOORS_DB_URL", "cannot be opened: something else");
        DatabaseSettings embedded = DatabaseSettings.fromEnvironment(Map.of("OPENDOORS_DATA_DIR", "/srv/od"));
        assertRefusal(embedded, new SQLException("Database may be already in use: \"/srv/od/opendoors.mv.db\"", "90020"),
                "OPENDOORS_DATA_DIR", "in use by another process");
        assertRefusal(embedded, new SQLException("File corrupted while reading record", "90030"),
                "OPENDOORS_DATA_DIR", "is damaged");
    }

    private static void assertRefusal(DatabaseSettings settings, SQLException said, String variable, String words) {
        BadConfiguration refused = DatabaseCheck.explain(said, settings);
        assertEquals(variable, refused.variable());
        assertTrue(refused.getMessage().contains(words), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"), "one line: " + refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret"), "no password: " + refused.getMessage());
    }
}
