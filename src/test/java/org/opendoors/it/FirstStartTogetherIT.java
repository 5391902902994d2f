package org.opendoors.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes started at the same moment on one empty PostgreSQL database: one imports the city, the other waits for
 * it and imports nothing, and both serve families. Each run gets a schema of its own in the CI's database
 * (OPENDOORS_IT_PG_URL, as PostgresIT), so the database is empty whatever ran before.
 */
class FirstStartTogetherIT {

    @Test
    void twoNodesStartedTogetherOnAnEmptyDatabaseImportTheCityOnceAndBothServeIt() throws Exception {
        String url = System.getenv("OPENDOORS_IT_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "OPENDOORS_IT_PG_URL is not set: no PostgreSQL to test against (.ci/run provides one)");
        String user = System.getenv().getOrDefault("OPENDOORS_IT_PG_USER", "");
        String password = System.getenv().getOrDefault("OPENDOORS_IT_PG_PASSWORD", "");
        String schema = "first_start_" + Long.toString(System.nanoTime(), 36);
        execute(url, user, password, "create schema " + schema);
        Map<String, String> environment = Map.of(
                "OPENDOORS_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "OPENDOORS_DB_USER", user,
                "OPENDOORS_DB_PASSWORD", password);
        int base = PortalProcess.basePort() + 20;
        Path unusedH2 = PortalProcess.target().resolve("it-first-start-h2-unused");
        try (PortalProcess a = PortalProcess.launch(base, unusedH2, Path.of("content"), environment);
             PortalProcess b = PortalProcess.launch(base + 1, unusedH2, Path.of("content"), environment)) {
            a.awaitReady();
            b.awaitReady();

            List<String> logs = List.of(a.log(), b.log());
            assertEquals(1, logs.stream().filter(log -> log.contains("Imported Vallmar")).count(),
                    "exactly one node imports the city");
            for (String log : logs) {
                assertFalse(log.contains("duplicate key"), log);
            }
            for (PortalProcess node : List.of(a, b)) {
                assertEquals(200, Http.get(node, "/ru/schools?q=" + URLEncoder.encode("шахмат", StandardCharsets.UTF_8))
                        .statusCode());
                assertTrue(Http.get(node, "/ar/schools/escola-la-sinia").body().contains("Escola La Sínia"));
            }
            assertEquals(1, count(url, user, password, "select count(*) from " + schema + ".staff_user"),
                    "one first admin");
            assertEquals(count(url, user, password, "select count(*) from " + schema + ".content_document"),
                    count(url, user, password, "select count(*) from " + schema + ".document_version"),
                    "every file imported once, as its version 1");
        } finally {
            execute(url, user, password, "drop schema " + schema + " cascade");
        }
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
