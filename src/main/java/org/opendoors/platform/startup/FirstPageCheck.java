package org.opendoors.platform.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Ready means a family can be served: once start-up has finished, the portal asks itself for a real family page
 * (the English home) over loopback, through the whole stack — listener, filters, Faces, the database — and only
 * when that page answers 200 does it count as ready and say so in the log. A portal that cannot render its home
 * page within {@link #DEADLINE} serves no one: it stops, so its supervisor notices.
 */
public final class FirstPageCheck implements Runnable {

    static final String FIRST_PAGE = "/en/";
    static final Duration DEADLINE = Duration.ofMinutes(3);
    private static final Duration PAUSE = Duration.ofMillis(200);
    private static final Logger LOG = Logger.getLogger(FirstPageCheck.class.getName());

    private final PortalReadiness readiness;
    private final int port;

    private FirstPageCheck(PortalReadiness readiness, int port) {
        this.readiness = readiness;
        this.port = port;
    }

    /** Runs the check on a thread of its own: the server finishes deploying the portal meanwhile. */
    public static void start(PortalReadiness readiness) {
        Optional<Integer> port = PortalAddress.port();
        if (port.isEmpty()) {
            // Not the Payara Micro bundle: the portal cannot know where to ask itself, so start-up having finished is
            // all it can go by.
            readiness.markReady();
            LOG.info(() -> "Open Doors is ready: " + PortalAddress.describe());
            return;
        }
        Thread thread = new Thread(new FirstPageCheck(readiness, port.get()), "open-doors-first-page");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + FIRST_PAGE))
                .header(PortalReadiness.FIRST_PAGE_HEADER, readiness.firstPageToken())
                .timeout(Duration.ofSeconds(60))
                .build();
        Instant deadline = Instant.now().plus(DEADLINE);
        String lastAnswer = "none";
        while (Instant.now().isBefore(deadline)) {
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    readiness.markReady();
                    LOG.info(() -> "Open Doors is ready: " + PortalAddress.describe());
                    return;
                }
                // 404 while the server is still deploying the portal.
                lastAnswer = "HTTP " + status;
            } catch (IOException notListeningYet) {
                lastAnswer = "not listening";
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!pause()) {
                return;
            }
        }
        PortalStop.failed("its home page " + FIRST_PAGE + " did not render within " + DEADLINE.toSeconds()
                + " seconds of start-up (last answer: " + lastAnswer + "); see the errors above", null);
    }

    private static boolean pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
