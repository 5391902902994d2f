package org.opendoors.platform.startup;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the process when the portal cannot start. Payara Micro keeps running after a failed deployment, with its
 * port open and answering 404 or 500, so a supervisor watching the port or the exit code would never notice: the
 * portal says in one line why it cannot start and exits with {@value #EXIT_STATUS}.
 */
public final class PortalStop {

    public static final int EXIT_STATUS = 2;
    public static final String PREFIX = "Open Doors cannot start: ";
    /** Long enough for the server's shutdown hooks to close the database cleanly; they are not waited for longer. */
    private static final long SHUTDOWN_GRACE_MILLIS = 15_000;
    private static final Logger LOG = Logger.getLogger(PortalStop.class.getName());

    private PortalStop() {
    }

    /** A setting that cannot work: its one line is all the operator needs. */
    public static void refuse(BadConfiguration bad) {
        LOG.severe(PREFIX + bad.getMessage());
        exit();
    }

    /** Anything else that stopped the start: the details (if any) first, then the one line, last in the log. */
    public static void failed(String what, Throwable cause) {
        if (cause != null) {
            LOG.log(Level.SEVERE, "Start-up failed", cause);
        }
        LOG.severe(PREFIX + BadConfiguration.detail(what));
        exit();
    }

    private static void exit() {
        // The exit may start on the thread that is deploying the portal; should a shutdown hook wait for that
        // deployment to finish, the process must still end.
        Thread halt = new Thread(() -> {
            try {
                Thread.sleep(SHUTDOWN_GRACE_MILLIS);
            } catch (InterruptedException ignored) {
                // Halting anyway.
            }
            Runtime.getRuntime().halt(EXIT_STATUS);
        }, "open-doors-stop");
        halt.setDaemon(true);
        halt.start();
        System.exit(EXIT_STATUS);
    }
}
