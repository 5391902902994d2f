package org.opendoors.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opendoors.hostile.RawHttp;
import org.opendoors.hostile.StaffSession;
import org.opendoors.testing.Folders;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a city's IT team runs the portal with, on a portal of its own: MicroProfile Health and the metrics behind their
 * token; then the embedded database backed up while the portal runs, from the back office, and restored the way the
 * backup page says: unzipped into an empty data folder, a fresh portal started on it serves what was published, with
 * its accounts and versions, and imports nothing. (PostgreSQL's pg_dump and pg_restore: TwoNodesIT.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

    private static final String METRICS_TOKEN = "OPENDOORS_METRICS_TOKEN";
    private static final String TOKEN = "it-metrics-token-0123456789abcdef0123456789";
    private static int port;
    private static PortalProcess running;
    private static Path content;

    @BeforeAll
    static void start() throws Exception {
        port = PortalProcess.basePort() + 24;
        content = PortalProcess.target().resolve("operations-content");
        Path data = PortalProcess.target().resolve("operations-data");
        PortalProcess.deleteRecursively(content);
        PortalProcess.deleteRecursively(data);
        Folders.copy(Path.of("content"), content);
        running = PortalProcess.start(port, data, content, Map.of(METRICS_TOKEN, TOKEN));
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    @Order(1)
    void healthSaysUpAndMetricsCountWhatFamiliesAndStaffDidForTheTokenOnly() throws Exception {
        assertEquals(200, RawHttp.get(port, "/health/ready").status());
        assertEquals(200, RawHttp.get(port, "/health/live").status());
        Http.get(running, "/fr/schools");
        Http.get(running, "/fr/schools");
        LaSiniaSummary.publish(StaffSession.signIn(port, "admin", PortalProcess.ADMIN_PASSWORD), "mudflats");
        Http.get(running, "/fr/schools");

        assertEquals(404, RawHttp.get(port, "/metrics").status(), "no token, no metrics");
        assertEquals(404, RawHttp.send(port, "GET", "/metrics", Map.of("Authorization", "Bearer " + TOKEN + "x"), null)
                .status(), "a wrong token");
        RawHttp.Response metrics = RawHttp.send(port, "GET", "/metrics?scope=application",
                Map.of("Authorization", "Bearer " + TOKEN), null);
        assertEquals(200, metrics.status(), "metrics: " + metrics);
        String counts = metrics.body();
        assertEquals(1.0, value(counts, "opendoors_publishes_total"), counts);
        assertEquals(1.0, value(counts, "opendoors_saves_total"), counts);
        assertTrue(value(counts, "opendoors_pageCache_hits") >= 1, counts);
        assertTrue(value(counts, "opendoors_pageCache_renders") >= 1, counts);
        assertTrue(value(counts, "opendoors_pageCache_bytes") > 1_000, counts);
        assertTrue(value(counts, "opendoors_publishedRevision") >= 2, "the publish after the first start: " + counts);
    }

    private static double value(String metrics, String name) {
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^" + name + "\\{[^}]*} ([0-9.eE+-]+)$")
                .matcher(metrics);
        assertTrue(line.find(), "no " + name + " in:\n" + metrics);
        return Double.parseDouble(line.group(1));
    }

    @Test
    @Order(2)
    void aBackupTakenWhileThePortalRunsRestoresIntoAPortalServingWhatWasPublished() throws Exception {
        assertNotEquals(200, StaffSession.anonymous(port).get("/admin/backup/download").status(),
                "no backup for someone not signed in");
        StaffSession admin = StaffSession.signIn(port, "admin", PortalProcess.ADMIN_PASSWORD);
        assertTrue(admin.get("/admin/backup/index.xhtml").body().contains("Download a backup"));
        String marker = "saltmarsh" + Long.toString(System.nanoTime() % 100_000, 36);
        LaSiniaSummary.publish(admin, marker);
        String published = Http.get(running, LaSiniaSummary.PROFILE).body();
        assertTrue(published.contains(marker));

        RawHttp.Response backup = admin.get("/admin/backup/download");
        assertEquals(200, backup.status(), "backup: " + backup);
        assertTrue(backup.headers().get("content-type").get(0).startsWith("application/zip"), backup.headers().toString());
        // Kept beside the restored folder: a restore that fails can be looked at afterwards.
        Files.write(PortalProcess.target().resolve("operations-backup.zip"), backup.bytes());
        Path restored = PortalProcess.target().resolve("operations-restored");
        PortalProcess.deleteRecursively(restored);
        List<String> names = unzip(backup.bytes(), restored);
        assertEquals(List.of("opendoors.mv.db"), names);
        assertTrue(admin.get("/admin/audit/index.xhtml?q=database.backup").body().contains("database.backup"),
                "the backup is in the audit log");
        running.close();

        // The content folder is emptied: the restored portal must not need it, or import anything.
        PortalProcess.deleteRecursively(content);
        Files.createDirectories(content);
        running = PortalProcess.start(port, restored, content, Map.of());
        assertEquals(published.replace(marker, "M"), Http.get(running, LaSiniaSummary.PROFILE).body().replace(marker, "M"),
                "the restored portal serves the published page as it was");
        assertFalse(running.log().contains("Imported"), "nothing imported");
        StaffSession again = StaffSession.signIn(port, "admin", PortalProcess.ADMIN_PASSWORD);
        assertTrue(again.get("/admin/content/history.xhtml?path=" + LaSiniaSummary.FILE).body().contains(marker),
                "the versions are restored with the accounts");
    }

    private static List<String> unzip(byte[] zip, Path folder) throws Exception {
        Files.createDirectories(folder);
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                names.add(entry.getName());
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                Files.copy(entries, target);
            }
        }
        return names;
    }
}
