package org.opendoors.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opendoors.hostile.RawHttp;
import org.opendoors.hostile.StaffSession;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two nodes on one PostgreSQL database (a schema of its own in the CI's, as {@link FirstStartTogetherIT}), each on
 * its own port as a proxy would reach them, one data grid between them ({@code OPENDOORS_CLUSTER}): a publish on A
 * is served by B within two seconds, on pages B had cached and pages it never rendered alike, and B hears of it on
 * the grid; two people saving one file on the two nodes are never both taken, and never
 * shown an error; wrong passwords counted on one node slow the account down on the other; a node restarted after a
 * publish elsewhere serves it at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

    private static final long SERVED_WITHIN_MILLIS = 2_000;

    private static String url;
    private static String user;
    private static String password;
    private static String schema;
    private static Map<String, String> environment;
    private static int base;
    private static PortalProcess a;
    private static PortalProcess b;
    private static String lastPublished;

    @BeforeAll
    static void start() throws Exception {
        url = System.getenv("OPENDOORS_IT_PG_URL");
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "OPENDOORS_IT_PG_URL is not set: no PostgreSQL to test against (.ci/run provides one)");
        user = System.getenv().getOrDefault("OPENDOORS_IT_PG_USER", "");
        password = System.getenv().getOrDefault("OPENDOORS_IT_PG_PASSWORD", "");
        schema = "two_nodes_" + Long.toString(System.nanoTime(), 36);
        execute("create schema " + schema);
        environment = Map.of(
                "OPENDOORS_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "OPENDOORS_DB_USER", user,
                "OPENDOORS_DB_PASSWORD", password,
                "OPENDOORS_CLUSTER", "127.0.0.1");
        base = PortalProcess.basePort() + 22;
        a = node(base);
        a.awaitReady();
        b = node(base + 1);
        b.awaitReady();
    }

    @AfterAll
    static void stop() throws SQLException {
        for (PortalProcess node : new PortalProcess[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
        if (schema != null) {
            execute("drop schema " + schema + " cascade");
        }
    }

    @Test
    @Order(1)
    void aPublishOnOneNodeIsServedByTheOtherWithinTwoSeconds() throws Exception {
        String cached = LaSiniaSummary.PROFILE;
        assertTrue(Http.get(b, cached).body().contains("Children investigate water"));
        assertTrue(Http.get(b, cached).body().contains("Children investigate water"), "now from B's page cache");

        String marker = "tidepools" + Long.toString(System.nanoTime() % 100_000, 36);
        StaffSession admin = StaffSession.signIn(a.port(), "admin", PortalProcess.ADMIN_PASSWORD);
        LaSiniaSummary.publish(admin, marker);
        long published = System.nanoTime();

        for (String page : new String[] {cached, "/en/schools/escola-la-sinia?newcomer=yes", "/en/schools?q=" + marker}) {
            while (!Http.get(b, page).body().contains(marker)) {
                long waited = (System.nanoTime() - published) / 1_000_000;
                assertTrue(waited < SERVED_WITHIN_MILLIS, page + " on node B still shows the old text " + waited
                        + " ms after node A's publish answered");
                Thread.sleep(50);
            }
        }
        assertTrue(Http.get(a, cached).body().contains(marker), "and node A serves it too");
    }

    @Test
    @Order(2)
    void theNodesFormOneDataGridAndAnnounceTheirPublishesOnIt() throws Exception {
        assertTrue(b.log().contains("Data grid: 2 node(s)"), "B found A's grid as it started:\n" + b.log());
        assertTrue(a.log().contains("A node joined the data grid"), "A saw B join");
        // B also looks at the database twice a second, and a look can come between A's commit and its announcement:
        // of three publishes, at least one must reach B through the grid.
        StaffSession admin = StaffSession.signIn(a.port(), "admin", PortalProcess.ADMIN_PASSWORD);
        for (int publish = 0; publish < 3; publish++) {
            String marker = "seagrass" + publish + Long.toString(System.nanoTime() % 100_000, 36);
            LaSiniaSummary.publish(admin, marker);
            long published = System.nanoTime();
            while (!Http.get(b, LaSiniaSummary.PROFILE).body().contains(marker)) {
                assertTrue(System.nanoTime() - published < SERVED_WITHIN_MILLIS * 1_000_000L, "B still shows the old text");
                Thread.sleep(20);
            }
            lastPublished = marker;
        }
        Thread.sleep(200);
        assertTrue(b.log().contains("published on another node (announced on the data grid)"),
                "B caught up through the grid at least once:\n" + b.log());
    }

    @Test
    @Order(3)
    void twoPeopleSavingOneFileOnTwoNodesAreNeverBothTakenNorShownAnError() {
        StaffSession onA = StaffSession.signIn(a.port(), "admin", PortalProcess.ADMIN_PASSWORD);
        StaffSession onB = StaffSession.signIn(b.port(), "admin", PortalProcess.ADMIN_PASSWORD);
        String editor = "/admin/content/edit.xhtml?path=" + LaSiniaSummary.FILE + "&mode=file";
        StaffSession.FacesForm first = onA.form(editor, "editor");
        StaffSession.FacesForm second = onB.form(editor, "editor");

        RawHttp.Response savedOnA = first.set("editor:file", LaSiniaSummary.changed(first, "first on A"))
                .set("editor:note", "first on A").submit("editor:save");
        assertTrue(savedOnA.body().contains("Saved as version"), "saved on A: " + savedOnA);

        String typedOnB = LaSiniaSummary.changed(second, "late on B");
        RawHttp.Response lateOnB = second.set("editor:file", typedOnB).set("editor:note", "late on B")
                .submit("editor:save");
        assertEquals(200, lateOnB.status(), "a late save is explained, never an error: " + lateOnB);
        assertTrue(lateOnB.body().contains("while you were editing version"), "told who saved meanwhile: " + lateOnB);
        assertFalse(lateOnB.body().contains("Saved as version"), "B's save based on the replaced version is not taken");
        assertTrue(lateOnB.body().contains("late on B"), "what B typed is kept in the form to merge");
    }

    /**
     * A member of staff whose node stops goes on working on the other: the sign-in is in the database, the browser
     * keeps its token, and the other node opens a session for it; signing out there ends it on every node.
     */
    @Test
    @Order(4)
    void aSignInMadeOnOneNodeGoesOnOnTheOtherAndEndsEverywhere() {
        StaffSession onA = StaffSession.signIn(a.port(), "admin", PortalProcess.ADMIN_PASSWORD);
        String token = onA.cookie("opendoors-staff");
        assertTrue(token != null && token.length() >= 43, "the sign-in's token: " + token);
        StaffSession onB = onA.movedTo(b.port());
        assertTrue(onB.isSignedIn(), "node B, which never saw the sign-in, lets the member of staff in");
        assertFalse(onB.sessionId().equals(onA.sessionId()), "with a session of its own");
        assertTrue(onB.get("/admin/content/item.xhtml?item=schools/escola-la-sinia").body().contains("schools/escola-la-sinia/en.yaml"),
                "and can open what it may edit");
        onB.formIn(onB.get("/admin/index.xhtml"), "account").submit("account:signOut");
        assertTrue(onB.cookie("opendoors-staff") == null, "the browser is told to forget the token");
        assertFalse(onA.isSignedIn(), "the session on A, where the member of staff signed in, ends too");
        StaffSession stolen = StaffSession.anonymous(a.port());
        assertFalse(stolen.withCookie("opendoors-staff", token).isSignedIn(), "a signed-out token opens nothing on A");
        assertFalse(onA.movedTo(b.port()).isSignedIn(), "nor on B");
    }

    /** Late: the admin account stays slowed down from this machine for a while. */
    @Test
    @Order(6)
    void anAccountSlowedDownOnOneNodeIsSlowedDownOnTheOther() {
        StaffSession guesser = StaffSession.anonymous(a.port());
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertTrue(guesser.trySignIn("admin", "not the password " + attempt).body().contains("not right"));
        }
        StaffSession owner = StaffSession.anonymous(b.port());
        RawHttp.Response onB = owner.trySignIn("admin", PortalProcess.ADMIN_PASSWORD);
        assertTrue(onB.body().contains("Too many failed sign-ins"), "node B counts node A's failures: " + onB);
        assertFalse(owner.isSignedIn(), "even the right password waits");
    }

    @Test
    @Order(5)
    void aNodeRestartedAfterAPublishElsewhereServesItAtOnce() throws Exception {
        b.close();
        String marker = "rockpools" + Long.toString(System.nanoTime() % 100_000, 36);
        lastPublished = marker;
        LaSiniaSummary.publish(StaffSession.signIn(a.port(), "admin", PortalProcess.ADMIN_PASSWORD), marker);
        b = node(base + 1);
        b.awaitReady();
        assertTrue(Http.get(b, "/en/schools/escola-la-sinia").body().contains(marker));
        assertEquals(1, count("select count(*) from " + schema + ".staff_user"), "the restart imported nothing");
    }

    /** Last: a dump taken while the nodes run, the schema lost, the dump restored, a fresh node on it. */
    @Test
    @Order(7)
    void aPgDumpRestoredIntoAnEmptyDatabaseIsServedByAFreshNode() throws Exception {
        Assumptions.assumeTrue(lastPublished != null, "runs after the restart test's publish");
        String expected = Http.get(a, LaSiniaSummary.PROFILE).body();
        assertTrue(expected.contains(lastPublished));
        Path dump = PortalProcess.target().resolve("it-two-nodes.dump");
        postgres("pg_dump", "--format=custom", "--schema=" + schema, "--file=" + dump);
        a.close();
        b.close();
        execute("drop schema " + schema + " cascade");
        postgres("pg_restore", "--no-owner", dump.toString());

        a = node(base);
        a.awaitReady();
        assertEquals(expected, Http.get(a, LaSiniaSummary.PROFILE).body(), "the restored node serves the page as it was");
        assertEquals(1, count("select count(*) from " + schema + ".staff_user"), "the accounts restored, none created");
        assertTrue(a.log().contains("Families see revision"), "the city served from the restored files");
        assertFalse(a.log().contains("Imported Vallmar"), "nothing imported again");
    }

    /** Runs a PostgreSQL client tool against the CI's database, as an operator would from the README. */
    private static void postgres(String tool, String... arguments) throws Exception {
        java.net.URI address = java.net.URI.create(url.substring("jdbc:".length()));
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(tool, "--host=" + address.getHost(),
                "--port=" + (address.getPort() < 0 ? 5432 : address.getPort()), "--username=" + user,
                "--dbname=" + address.getPath().substring(1)));
        command.addAll(java.util.List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), tool + " failed: " + said);
    }

    private static PortalProcess node(int port) {
        return PortalProcess.launch(port, PortalProcess.target().resolve("it-two-nodes-h2-unused"), Path.of("content"),
                environment);
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
