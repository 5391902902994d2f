package org.opendoors.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;

/**
 * How maps are drawn. Leaflet is served by the portal itself; a tile server is used only when the city sets
 * {@code OPENDOORS_MAP_TILES} (e.g. its own tile server's {@code https://tiles.example/{z}/{x}/{y}.png}) — without
 * it maps still show the districts and the schools, and nothing is fetched from another host.
 */
@Named
@ApplicationScoped
public class MapSettings {

    public static final String TILES = "OPENDOORS_MAP_TILES";
    public static final String ATTRIBUTION = "OPENDOORS_MAP_ATTRIBUTION";
    private static final String LEAFLET_VERSION = buildProperty("leaflet.version");

    /** Where Leaflet's files are, from the WebJar in the WAR. */
    public String getLeafletBase() {
        return "/webjars/leaflet/" + LEAFLET_VERSION + "/dist/";
    }

    public String getTiles() {
        return tiles().orElse(null);
    }

    public String getAttribution() {
        return Optional.ofNullable(System.getenv(ATTRIBUTION)).orElse("");
    }

    public static Optional<String> tiles() {
        String tiles = System.getenv(TILES);
        return tiles == null || tiles.isBlank() ? Optional.empty() : Optional.of(tiles.strip());
    }

    /** The tile server's origin, which the Content Security Policy must allow images from. */
    public static Optional<String> tileOrigin() {
        return tiles().map(template -> {
            URI uri = URI.create(template.replace("{", "").replace("}", ""));
            return uri.getScheme() + "://" + uri.getAuthority();
        });
    }

    private static String buildProperty(String name) {
        try (InputStream in = MapSettings.class.getResourceAsStream("/opendoors-build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(name);
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("opendoors-build.properties is missing from the build", e));
        }
    }
}
