package org.opendoors.it;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same bundle on PostgreSQL, chosen by environment variables without rebuilding. Needs a database given in
 * OPENDOORS_IT_PG_URL (with _USER and _PASSWORD); .ci/run starts one. Without it this test is skipped and says so.
 */
class PostgresIT {

    @Test
    void theBundleRunsOnPostgresqlChosenByTheEnvironment() throws Exception {
        String url = System.getenv("OPENDOORS_IT_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "OPENDOORS_IT_PG_URL is not set: no PostgreSQL to test against (.ci/run provides one)");
        Map<String, String> environment = Map.of(
                "OPENDOORS_DB_URL", url,
                "OPENDOORS_DB_USER", System.getenv().getOrDefault("OPENDOORS_IT_PG_USER", ""),
                "OPENDOORS_DB_PASSWORD", System.getenv().getOrDefault("OPENDOORS_IT_PG_PASSWORD", ""));
        int port = PortalProcess.basePort() + 2;
        Path unusedH2 = PortalProcess.target().resolve("it-pg-h2-unused");
        try (PortalProcess portal = PortalProcess.start(port, unusedH2, Path.of("content"), environment)) {
            assertTrue(portal.log().contains("Open Doors database: jdbc:postgresql:"), "not on PostgreSQL");
            assertEquals(200, Http.get(portal, "/ru/schools?q=" + java.net.URLEncoder.encode("шахмат",
                    java.nio.charset.StandardCharsets.UTF_8)).statusCode());
            assertTrue(Http.get(portal, "/ar/schools/escola-la-sinia").body().contains("Escola La Sínia"));
            assertTrue(Http.get(portal, "/en/guide?newcomer=yes").body().contains("block-welcome-newcomers"));
        }
    }
}
