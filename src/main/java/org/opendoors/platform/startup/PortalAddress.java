package org.opendoors.platform.startup;

import java.lang.reflect.Method;
import java.util.Optional;

/**
 * The port the portal listens on, to print once it is ready and to ask for its first page. Payara Micro knows the
 * port it was given with {@code --port N}; it is asked through its public API by reflection, so the application
 * still deploys on other servers.
 */
final class PortalAddress {

    private static final int PAYARA_MICRO_DEFAULT_PORT = 8080;

    private PortalAddress() {
    }

    static String describe() {
        return port().map(port -> "http://localhost:" + port + "/").orElse("http://localhost:8080/ (or the port the server was given)");
    }

    /** The HTTP port, when the portal runs in Payara Micro (as its bundle does); another server's is not known. */
    static Optional<Integer> port() {
        try {
            Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
            Object instance = micro.getMethod("getInstance").invoke(null);
            Method port = micro.getMethod("getHttpPort");
            int given = (Integer) port.invoke(instance);
            // Without --port, Payara Micro reports "unset" and listens on its default port.
            return Optional.of(given > 0 ? given : PAYARA_MICRO_DEFAULT_PORT);
        } catch (ReflectiveOperationException | LinkageError notPayaraMicro) {
            return Optional.empty();
        }
    }
}
