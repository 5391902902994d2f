package org.opendoors.platform.launch;

import org.opendoors.platform.grid.ClusterAddresses;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The Main-Class of {@code target/open-doors.jar}: checks what Payara Micro reads before the portal exists, then
 * starts Payara Micro as its own Main-Class would. Payara ends with status 0 when its server fails to start (its
 * data grid given an address this machine does not have, say), so a supervisor would take a failed start for a
 * clean stop; here such a start ends with {@value #SERVER_FAILED}, and a setting refused before the start with
 * {@value #REFUSED} (the status {@code PortalStop} gives the portal's own refusals). Runs from the bundle's root,
 * beside Payara's launcher, with nothing but the JDK and the classes the build copies there.
 */
public final class PortalLauncher {

    static final int REFUSED = 2;
    static final int SERVER_FAILED = 1;
    private static final String PREFIX = "Open Doors cannot start: ";
    private static final String PAYARA_LAUNCHER = "fish.payara.micro.boot.PayaraMicroLauncher";

    private PortalLauncher() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        String refusal = refusal();
        if (refusal != null) {
            System.err.println(PREFIX + refusal);
            System.exit(REFUSED);
        }
        Method payara = Class.forName(PAYARA_LAUNCHER).getMethod("main", String[].class);
        try {
            payara.invoke(null, (Object) args);
        } catch (InvocationTargetException failed) {
            // Payara has logged the details above.
            System.err.println(PREFIX + "the server did not start (" + failed.getCause() + "); the log above says why");
            System.exit(SERVER_FAILED);
        }
    }

    /** Why the environment cannot work, in the words of the portal's other start-up refusals, or null. */
    static String refusal() {
        try {
            ClusterAddresses.check();
            return null;
        } catch (IllegalStateException wrong) {
            return ClusterAddresses.refusal(wrong);
        }
    }
}
