package org.opendoors.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.editorial.service.PublishedCity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /manifest.webmanifest} and the service worker {@code /sw.js} that keep the guide, the shortlist and the last
 * profiles a family opened readable offline (see {@code service-worker.js} beside this class). The worker is written
 * for the published revision, so a publish gives browsers a new worker, which fetches the kept pages anew; it is
 * always revalidated, never served from a cache.
 */
@WebServlet(urlPatterns = {OfflineServlet.MANIFEST, OfflineServlet.WORKER})
public class OfflineServlet extends HttpServlet {

    static final String MANIFEST = "/manifest.webmanifest";
    static final String WORKER = "/sw.js";
    private static final String WORKER_SOURCE = readWorker();

    @Inject
    private PublishedCity publishedCity;
    @Inject
    private CityDirectory city;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (WORKER.equals(request.getServletPath())) {
            response.setContentType("text/javascript; charset=utf-8");
            response.setHeader("Cache-Control", "no-cache");
            response.getWriter().write("var REVISION = '" + publishedCity.current().revision() + "';\n" + WORKER_SOURCE);
            return;
        }
        response.setContentType("application/manifest+json; charset=utf-8");
        response.setHeader("Cache-Control", "public, max-age=3600");
        String name = "Open Doors · " + city.city().getName();
        response.getWriter().write(Json.createObjectBuilder()
                .add("name", name)
                .add("short_name", "Open Doors")
                .add("start_url", "/")
                .add("scope", "/")
                .add("display", "standalone")
                .add("background_color", "#ffffff")
                .add("theme_color", "#0b6b50")
                .add("icons", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("src", "/resources/icons/open-doors.svg").add("sizes", "any")
                        .add("type", "image/svg+xml").add("purpose", "any")))
                .build().toString());
    }

    private static String readWorker() {
        try (InputStream in = OfflineServlet.class.getResourceAsStream("service-worker.js")) {
            if (in == null) {
                throw new IllegalStateException("service-worker.js is missing beside OfflineServlet");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
