package org.opendoors.platform.persistence;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseSettingsTest {

    @Test
    void theEmbeddedDatabaseWritesEveryCommitToItsFileBeforeTheCommitReturns() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(Map.of("OPENDOORS_DATA_DIR", "some/data"));
        assertTrue(settings.embedded());
        assertTrue(settings.isH2());
        assertEquals("jdbc:h2:file:" + Path.of("some/data").toAbsolutePath().normalize().resolve("opendoors")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;LOCK_TIMEOUT=10000", settings.url());
        assertEquals(Optional.of("0"), DatabaseSettings.writeDelayIn(settings.url()));
        assertEquals("OPENDOORS_DATA_DIR", settings.variable());
    }

    @Test
    void anH2UrlOfTheCitysOwnGetsDurableCommitsUnlessItSaysOtherwise() {
        DatabaseSettings given = DatabaseSettings.fromEnvironment(Map.of("OPENDOORS_DB_URL", " jdbc:h2:file:/srv/od/db;MODE=LEGACY "));
        assertEquals("jdbc:h2:file:/srv/od/db;MODE=LEGACY;WRITE_DELAY=0", given.url());
        assertFalse(given.embedded());
        assertEquals("OPENDOORS_DB_URL", given.variable());
        // A URL that names a write delay keeps it, so the check can refuse anything but 0 by name.
        DatabaseSettings delayed = DatabaseSettings.fromEnvironment(Map.of("OPENDOORS_DB_URL", "jdbc:h2:file:/srv/od/db; write_delay = 500"));
        assertEquals(Optional.of("500"), DatabaseSettings.writeDelayIn(delayed.url()));
    }

    @Test
    void aPostgresqlUrlIsKeptAsGivenAndItsPasswordNeverLogged() {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(Map.of(
                "OPENDOORS_DB_URL", "jdbc:postgresql://db:5432/opendoors?user=od&password=s3cret",
                "OPENDOORS_DB_USER", "od", "OPENDOORS_DB_PASSWORD", "s3cret"));
        assertTrue(settings.isPostgreSql());
        assertEquals("jdbc:postgresql://db:5432/opendoors?user=od&password=s3cret", settings.url());
        assertFalse(settings.describe().contains("s3cret"), settings.describe());
        assertEquals(Optional.empty(), DatabaseSettings.writeDelayIn(settings.url()));
    }
}
