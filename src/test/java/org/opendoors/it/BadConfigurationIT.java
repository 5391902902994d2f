package org.opendoors.it;

import org.junit.jupiter.api.Test;
import org.opendoors.hostile.HostilePortal;
import org.opendoors.platform.startup.PortalStop;
import org.opendoors.testing.Folders;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A setting the portal cannot run with stops the process: exit status 2 within a bounded time, one line that says
 * what is wrong, in which variable and what to do, the HTTP port never opened, and nothing created in the database
 * (so the next good start works). A supervisor watching the process or the port notices at once.
 */
class BadConfigurationIT {

    private static final int FIRST_PORT = PortalProcess.basePort() + 16;
    private static final Path ROOT = PortalProcess.target().resolve("it-bad-configuration");
    private static final Path SMALL_CITY = Path.of("src/test/resources/content/good");
    /** A refused start ends during deployment: about ten seconds on a quiet machine, several times that on a busy one. */
    private static final Duration EXIT_LIMIT = Duration.ofMinutes(3);
    private static final Pattern STOP_LINE = Pattern.compile(Pattern.quote(PortalStop.PREFIX) + "(.*?)(?:\\]\\]|$)", Pattern.MULTILINE);

    /** One way to start the portal wrongly: its folders, its variables, the words its one line must say. */
    private record Case(String name, Path data, Path content, Map<String, String> environment, String variable,
                        String words) {
    }

    @Test
    void eachBadSettingStopsTheProcessWithItsReasonAndTheNextGoodStartWorks() throws Exception {
        PortalProcess.deleteRecursively(ROOT);
        Files.createDirectories(ROOT);
        Path notAFolder = Files.writeString(ROOT.resolve("data-is-a-file"), "a file where the data folder should be");
        Path brokenCity = ROOT.resolve("broken-content");
        Folders.copy(SMALL_CITY, brokenCity);
        Files.writeString(brokenCity.resolve("city.yaml"), "name: [Provatown\n", java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path inUse = Files.createDirectories(ROOT.resolve("in-use"));

        List<Case> cases = new ArrayList<>(List.of(
                new Case("a MySQL database", ROOT.resolve("unused-1"), SMALL_CITY,
                        Map.of("OPENDOORS_DB_URL", "jdbc:mysql://127.0.0.1:3306/opendoors"), "OPENDOORS_DB_URL", "mysql database"),
                new Case("PostgreSQL not reachable", ROOT.resolve("unused-2"), SMALL_CITY,
                        Map.of("OPENDOORS_DB_URL", "jdbc:postgresql://127.0.0.1:1/opendoors"), "OPENDOORS_DB_URL", "cannot be reached"),
                new Case("a data folder that is a file", notAFolder, SMALL_CITY, Map.of(), "OPENDOORS_DATA_DIR",
                        "is a file, not a folder"),
                new Case("an H2 file in use by another process", inUse, SMALL_CITY, Map.of(), "OPENDOORS_DATA_DIR",
                        "in use by another process"),
                new Case("a broken content folder", ROOT.resolve("first-start-1"), brokenCity, Map.of(),
                        "OPENDOORS_CONTENT_DIR", "was refused with 1 problem(s)"),
                new Case("a short admin password", ROOT.resolve("first-start-2"), SMALL_CITY,
                        Map.of("OPENDOORS_ADMIN_PASSWORD", "short"), "OPENDOORS_ADMIN_PASSWORD", "password"),
                // Read by Payara before the portal exists: refused by the bundle's launcher, which Payara would not do.
                new Case("a cluster of another machine's nodes", ROOT.resolve("unused-3"), SMALL_CITY,
                        Map.of("OPENDOORS_CLUSTER", "198.51.100.77,198.51.100.78"), "OPENDOORS_CLUSTER",
                        "is an address of this machine"),
                new Case("a cluster of names", ROOT.resolve("unused-4"), SMALL_CITY,
                        Map.of("OPENDOORS_CLUSTER", "node-a,node-b"), "OPENDOORS_CLUSTER", "is not an IPv4 address")));
        wrongPostgresqlPassword().ifPresent(cases::add);

        Map<String, String> failures = new LinkedHashMap<>();
        // Another process holds the H2 file the whole time: this test's own JVM, with H2's embedded driver.
        try (Connection holder = DriverManager.getConnection("jdbc:h2:file:" + inUse.toAbsolutePath().resolve("opendoors"),
                "opendoors", "")) {
            // As many at once as there are ports for them: start-ups mostly wait for each other's CPU, not in line.
            BlockingQueue<Integer> ports = new ArrayBlockingQueue<>(4, false,
                    List.of(FIRST_PORT, FIRST_PORT + 1, FIRST_PORT + 2, FIRST_PORT + 3));
            ExecutorService starts = Executors.newFixedThreadPool(ports.size());
            try {
                List<Future<String>> outcomes = new ArrayList<>();
                for (Case wrong : cases) {
                    outcomes.add(starts.submit(() -> {
                        int port = ports.take();
                        try {
                            return refusal(wrong, port);
                        } finally {
                            ports.add(port);
                        }
                    }));
                }
                for (int i = 0; i < cases.size(); i++) {
                    String problem = outcomes.get(i).get(EXIT_LIMIT.toMinutes() * 3, TimeUnit.MINUTES);
                    if (problem != null) {
                        failures.put(cases.get(i).name(), problem);
                    }
                }
            } finally {
                starts.shutdownNow();
            }
        }
        assertTrue(failures.isEmpty(), "settings that did not stop the portal as they should: " + failures);

        for (String refusedFirstStart : List.of("first-start-1", "first-start-2")) {
            assertEquals(0, tablesIn(ROOT.resolve(refusedFirstStart)), refusedFirstStart + ": a refused first start created tables");
        }
        // The folder of the refused import, now with a good content folder: an ordinary first start.
        try (PortalProcess good = PortalProcess.launch(FIRST_PORT, ROOT.resolve("first-start-1"), SMALL_CITY, Map.of())) {
            good.awaitReady();
            assertTrue(good.log().contains("Imported Provatown"), "the good start did not import the city");
            assertTrue(HostilePortal.admin(good).isSignedIn(), "the first admin cannot sign in");
        }
    }

    /**
     * Starts the portal wrongly and waits for it to stop; the reason it does not stop as it should, or null.
     */
    private static String refusal(Case wrong, int port) {
        PortalProcess portal = PortalProcess.launch(port, wrong.data(), wrong.content(), wrong.environment());
        try {
            Optional<Integer> exit = portal.awaitExit(EXIT_LIMIT);
            if (exit.isEmpty()) {
                return "still running after " + EXIT_LIMIT.toSeconds() + " s";
            }
            if (exit.get() != PortalStop.EXIT_STATUS) {
                return "exit status " + exit.get() + ":\n" + tail(portal.log());
            }
            Matcher line = STOP_LINE.matcher(portal.log());
            String said = null;
            while (line.find()) {
                said = line.group(1).strip();
            }
            if (said == null) {
                return "no '" + PortalStop.PREFIX + "' line:\n" + tail(portal.log());
            }
            if (!said.contains("(" + wrong.variable()) && !said.contains(wrong.variable() + ")")
                    || !said.contains(wrong.words())) {
                return "the line does not say '" + wrong.words() + "' in " + wrong.variable() + ": " + said;
            }
            if (Pattern.compile("\\b\\w+(?:Exception|Error)\\b|\\bat [a-z]+\\.").matcher(said).find()) {
                return "the line shows internals: " + said;
            }
            if (portal.log().contains("Open Doors is ready") || portal.log().contains("Network Listener http-listener started")) {
                return "the HTTP port was opened before it stopped";
            }
            return null;
        } finally {
            portal.close();
        }
    }

    /** With a PostgreSQL to test against (as PostgresIT), the right database with a wrong password. */
    private static Optional<Case> wrongPostgresqlPassword() {
        String url = System.getenv("OPENDOORS_IT_PG_URL");
        if (url == null || url.isBlank()) {
            System.out.println("BadConfigurationIT: OPENDOORS_IT_PG_URL is not set: the wrong PostgreSQL password is not tried");
            return Optional.empty();
        }
        return Optional.of(new Case("a wrong PostgreSQL password", ROOT.resolve("unused-3"), SMALL_CITY, Map.of(
                "OPENDOORS_DB_URL", url,
                "OPENDOORS_DB_USER", System.getenv().getOrDefault("OPENDOORS_IT_PG_USER", ""),
                "OPENDOORS_DB_PASSWORD", "not-" + System.getenv().getOrDefault("OPENDOORS_IT_PG_PASSWORD", "the-password")),
                "OPENDOORS_DB_USER and OPENDOORS_DB_PASSWORD", "refused the user"));
    }

    /** Tables in the data folder's database; a folder without a database has none. */
    private static int tablesIn(Path data) throws Exception {
        if (!Files.exists(data.resolve("opendoors.mv.db"))) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("opendoors")
                + ";IFEXISTS=TRUE", "opendoors", "");
             ResultSet tables = connection.createStatement().executeQuery(
                     "select count(*) from information_schema.tables where table_schema = 'PUBLIC'")) {
            tables.next();
            return tables.getInt(1);
        }
    }

    private static String tail(String log) {
        return log.length() <= 3000 ? log : log.substring(log.length() - 3000);
    }
}
