package org.opendoors.platform.startup;

import java.lang.reflect.Method;

/**
 * The address to print once the portal is ready. Payara Micro knows the port it bound (8080, or {@code --port N});
 * it is asked through its public API by reflection, so the application still deploys on other servers.
 */
final class PortalAddress {

    private PortalAddress() {
    }

    static String describe() {
        try {
            Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro");
            Object instance = micro.getMethod("getInstance").invoke(null);
            Method port = micro.getMethod("getHttpPort");
            return "http://localhost:" + port.invoke(instance) + "/";
        } catch (ReflectiveOperationException | LinkageError notPayaraMicro) {
            return "http://localhost:8080/ (or the port the server was given)";
        }
    }
}
