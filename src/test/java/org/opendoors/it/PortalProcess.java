package org.opendoors.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The built bundle ({@code target/open-doors.jar}) running as its own process, as a city runs it: the real Payara
 * Micro with the real H2 database. Integration tests share one instance; tests of restarts start their own.
 */
public final class PortalProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_GRACE = Duration.ofSeconds(60);
    private static PortalProcess shared;

    /**
     * JVM options of every test portal. A test portal lives for minutes and answers hundreds of requests, not
     * millions: the client compiler alone boots Payara Micro in 27 s rather than 38 s on a two-core machine
     * (measured 2026-12-07), and the integration tests start about thirty portals.
     */
    private static final List<String> TEST_JVM = List.of("-Xmx1g", "-XX:TieredStopAtLevel=1",
            // The bundle's classes come from this build and Maven Central, and a start loads some twenty thousand of
            // them: unverified, a test portal is ready about 2.5 s sooner (24.1 s rather than 26.6 s, 2026-12-08).
            "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote");

    /** The first admin's password in every test server (user {@code admin}). */
    public static final String ADMIN_PASSWORD = "it-admin-password-2026";
    private final int port;
    private final Path log;
    private final Process process;

    private PortalProcess(int port, Path log, Process process) {
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * The first port of this test JVM. The integration tests run in two JVMs side by side (see the pom's failsafe
     * executions): each test class adds its own offset, and the second JVM's ports start a hundred higher.
     */
    public static int basePort() {
        return Integer.getInteger("opendoors.port", 18080) + 100 * (fork() - 1);
    }

    /** Which of the side-by-side test JVMs this is, from 1 (failsafe's fork number). */
    static int fork() {
        String number = System.getProperty("opendoors.fork", "1");
        return number.matches("[1-9]") ? Integer.parseInt(number) : 1;
    }

    /** The instance a test JVM's classes share: fresh data, the repo's sample city, stopped when the JVM ends. */
    public static synchronized PortalProcess shared() {
        if (shared == null) {
            int port = basePort();
            Path data = target().resolve("it-data-" + fork());
            deleteRecursively(data);
            shared = start(port, data, Path.of(System.getProperty("opendoors.content", "content")), Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /**
     * A portal of its own on {@code opendoors.port + portOffset}, with a fresh database and its own copy of the sample
     * city under {@code target/it-<name>-content}, for a test that changes the city or stops the portal.
     */
    public static PortalProcess startOwn(String name, int portOffset) throws IOException {
        Path content = target().resolve("it-" + name + "-content");
        deleteRecursively(content);
        org.opendoors.testing.Folders.copy(Path.of(System.getProperty("opendoors.content", "content")), content);
        Path data = target().resolve("it-" + name + "-data");
        deleteRecursively(data);
        return start(basePort() + portOffset, data, content, Map.of());
    }

    public static PortalProcess start(int port, Path dataDir, Path contentDir, Map<String, String> extraEnvironment) {
        PortalProcess portal = launch(port, dataDir, contentDir, extraEnvironment);
        portal.awaitReady();
        return portal;
    }

    /**
     * Starts the bundle and returns at once, for tests of start-up itself (readiness, refused settings, restarts
     * after a crash).
     */
    public static PortalProcess launch(int port, Path dataDir, Path contentDir, Map<String, String> extraEnvironment) {
        requireFree(port);
        Path bundle = Path.of(System.getProperty("opendoors.bundle", "target/open-doors.jar"));
        if (!Files.isRegularFile(bundle)) {
            throw new IllegalStateException(bundle + " is missing: run the tests with 'mvn verify'");
        }
        try {
            Path log = target().resolve("it-logs/portal-" + port + "-" + System.nanoTime() + ".log");
            Files.createDirectories(log.getParent());
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(TEST_JVM);
            command.addAll(List.of("-jar", bundle.toAbsolutePath().toString(), "--port", String.valueOf(port)));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("OPENDOORS_DATA_DIR", dataDir.toAbsolutePath().toString());
            builder.environment().put("OPENDOORS_CONTENT_DIR", contentDir.toAbsolutePath().toString());
            // Every portal of the run reads the guard's models the first one learned, as a restarted portal would.
            builder.environment().put("OPENDOORS_GUARD_MODELS", target().resolve("it-guard-models").toAbsolutePath().toString());
            builder.environment().remove("OPENDOORS_DB_URL");
            builder.environment().put("OPENDOORS_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().putAll(extraEnvironment);
            return new PortalProcess(port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the process at once, as {@code kill -9} or a power cut would: no shutdown hook, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The exit status once the process has ended by itself, or empty if it still runs after {@code within}. */
    public Optional<Integer> awaitExit(Duration within) {
        try {
            return process.waitFor(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                    ? Optional.of(process.exitValue()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** A portal left running on the port would answer in place of the new one, and the test would try the wrong one. */
    private static void requireFree(int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(port));
        } catch (IOException inUse) {
            throw new IllegalStateException("Port " + port + " is already in use; stop what listens there first", inUse);
        }
    }

    public void awaitReady() {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal stopped while starting (exit " + process.exitValue() + "):\n" + logSummary());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri("/en/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // The server is still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("The portal did not answer within " + START_TIMEOUT + ":\n" + logSummary());
    }

    /**
     * CI keeps only the start of a long failure message, and Payara's boot noise fills it: the reason a start failed
     * is in the severe lines and at the end of the log, so those come first.
     */
    public String logSummary() {
        List<String> lines = log().lines().toList();
        List<String> severe = lines.stream().filter(line -> line.contains("SEVERE") || line.contains("Exception")
                || line.contains("Error") || line.contains("refuses") || line.contains("cannot")).limit(30).toList();
        List<String> tail = lines.subList(Math.max(0, lines.size() - 40), lines.size());
        return "-- severe lines --\n" + String.join("\n", severe) + "\n-- end of the log --\n" + String.join("\n", tail);
    }

    /** The operating system's id of the portal's process, to look at what it listens on. */
    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                // A portal that is killed while it writes can leave the next start a damaged database, which is not
                // what the next test tries; it gets a minute to close cleanly, and a forced stop is said aloud.
                if (!process.waitFor(STOP_GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                    System.out.println("PortalProcess: the portal on port " + port + " did not stop within "
                            + STOP_GRACE.toSeconds() + " s and was killed; the end of its log:\n" + logSummary());
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static Path target() {
        return Path.of(System.getProperty("opendoors.target", "target"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
