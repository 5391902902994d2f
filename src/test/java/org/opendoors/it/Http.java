package org.opendoors.it;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Plain HTTP against the running portal, as a browser without JavaScript sees it. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {
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
