package org.opendoors.it;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Plain HTTP against the running portal, as a browser without JavaScript sees it. */
final class Http {

    private static final HttpClient CLIENT = client();

    private Http() {
    }

    /**
     * A client that speaks HTTP/1.1 as browsers do over plain HTTP. Java's default asks every new connection to
     * upgrade to HTTP/2 ("Upgrade: h2c"), a path no family's browser takes and Grizzly's least travelled one: the
     * tests read the portal as families reach it.
     */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    static HttpResponse<String> get(PortalProcess portal, String path) throws Exception {
        return get(portal, path, Map.of());
    }

    /** The body of a page, for tests that only read it. */
    static String getQuietly(PortalProcess portal, String path) {
        try {
            return get(portal, path).body();
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        }
    }

    static HttpResponse<String> get(PortalProcess portal, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(path));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
