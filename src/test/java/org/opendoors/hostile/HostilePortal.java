package org.opendoors.hostile;

import org.opendoors.it.PortalProcess;
import org.opendoors.testing.Folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A portal of its own for a hostile test class: the real bundle, fresh data and a private copy of the sample city,
 * so what an attack manages to store can never leak into another test. Ports are the integration port plus an
 * offset that each class owns (see the table in this package's test classes).
 */
public final class HostilePortal {

    private HostilePortal() {
    }

    public static PortalProcess start(String name, int portOffset) {
        return start(name, portOffset, Map.of());
    }

    public static PortalProcess start(String name, int portOffset, Map<String, String> environment) {
        return start(name, portOffset, environment, content -> { });
    }

    /** As {@link #start(String, int, Map)}, with the content copy changed first (what an import could bring). */
    public static PortalProcess start(String name, int portOffset, Map<String, String> environment,
                                      ContentChange change) {
        Path content = PortalProcess.target().resolve("hostile-" + name + "-content");
        Path data = PortalProcess.target().resolve("hostile-" + name + "-data");
        PortalProcess.deleteRecursively(content);
        PortalProcess.deleteRecursively(data);
        try {
            Folders.copy(Path.of(System.getProperty("opendoors.content", "content")), content);
            change.apply(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PortalProcess.start(port(portOffset), data, content, environment);
    }

    /** A change to the private copy of the sample city before the portal imports it. */
    @FunctionalInterface
    public interface ContentChange {
        void apply(Path content) throws IOException;
    }

    public static int port(int portOffset) {
        return PortalProcess.basePort() + portOffset;
    }

    /** The port a started portal listens on. */
    public static int port(PortalProcess portal) {
        return portal.uri("/").getPort();
    }

    /** The admin of every test portal, signed in. */
    public static StaffSession admin(PortalProcess portal) {
        return StaffSession.signIn(port(portal), "admin", PortalProcess.ADMIN_PASSWORD);
    }

    /**
     * Creates an account through the Users page as the admin would, with the given role codes
     * ({@code communicator}, {@code publisher}, {@code translator}, {@code admin}); fails unless the page confirms it.
     */
    public static void createStaff(StaffSession admin, String user, String password, String... roles) {
        RawHttp.Response answer = admin.form("/admin/users/index.xhtml", "newUser")
                .set("newUser:username", user)
                .set("newUser:displayName", user)
                .set("newUser:password", password)
                .setAll("newUser:roles", List.of(roles))
                .submit("newUser:create");
        if (!answer.body().contains("Created the account " + user)) {
            throw new AssertionError("The account " + user + " was not created: " + answer);
        }
    }
}
