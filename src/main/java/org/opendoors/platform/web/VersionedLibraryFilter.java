package org.opendoors.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Libraries the portal serves from their WebJars (the map library) sit under their version,
 * {@code /webjars/leaflet/1.9.4/dist/leaflet.js}: a file there never changes, so a browser keeps it a year without
 * asking again (a family on a slow phone loads the map's 150 KB once, not on every page with a map). A new version
 * is a new address. Only a file that exists is marked; a missing one gets the usual 404.
 */
public class VersionedLibraryFilter extends HttpFilter {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // A WebJar's files are the application's resources (its META-INF/resources), so the context finds them.
        if (!path.contains("..") && request.getServletContext().getResource(path) != null) {
            response.setHeader("Cache-Control", FOR_A_YEAR);
        }
        chain.doFilter(request, response);
    }
}
