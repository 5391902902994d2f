package org.opendoors.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data folder keeps the city across restarts, and the content folder is imported only into an empty database. */
class RestartIT {

    @Test
    void aRestartKeepsTheCityWithoutImportingAgain() throws Exception {
        int port = PortalProcess.basePort() + 1;
        Path data = PortalProcess.target().resolve("it-restart-data");
        PortalProcess.deleteRecursively(data);
        Path content = Path.of(System.getProperty("opendoors.content", "content"));

        try (PortalProcess first = PortalProcess.start(port, data, content, Map.of())) {
            assertEquals(200, status(first, "/ca/schools/escola-les-fonts"));
            assertTrue(first.log().contains("Imported Vallmar"), "the first start imports the sample city");
            assertTrue(first.log().contains("Open Doors is ready: http://localhost:" + port + "/"));
        }
        // A second start with no content folder at all: it can only serve the school from the data folder.
        try (PortalProcess second = PortalProcess.start(port, data, data.resolve("no-content-here"), Map.of())) {
            assertEquals(200, status(second, "/ca/schools/escola-les-fonts"));
            assertFalse(second.log().contains("Imported"), "the second start must not import again");
        }
    }

    private static int status(PortalProcess portal, String path) throws Exception {
        return Http.client().send(HttpRequest.newBuilder(portal.uri(path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
