package org.opendoors.content.archive;

import org.opendoors.content.reader.BoundedYaml;
import org.opendoors.content.reader.FileReference;
import org.opendoors.content.reader.YamlRefusedException;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which files make up a content folder (layout in {@code content/README.md}). Only the place of a file is checked
 * here: a texts file with a wrong language ({@code schools/x/de.yaml}) or a school folder with a wrong name is part
 * of the folder, so that the content reader refuses it with its own explanation instead of it silently vanishing.
 */
final class ContentLayout {

    static final String CITY_FILE = "city.yaml";
    static final String README = "README.md";
    private static final String YAML = ".yaml";
    private static final String GEOJSON = ".geojson";
    private static final Set<String> OUTLINE_FIELDS = Set.of("district_outlines", "catchment_areas");

    /** The GeoJSON files city.yaml names; empty when city.yaml cannot be read (the reader then says why). */
    private final Optional<Set<String>> geoJsonFiles;

    private ContentLayout(Optional<Set<String>> geoJsonFiles) {
        this.geoJsonFiles = geoJsonFiles;
    }

    /** The layout of a content folder whose city.yaml has this text (null when there is none). */
    static ContentLayout of(String cityYaml) {
        return new ContentLayout(cityYaml == null ? Optional.empty() : geoJsonFilesNamedIn(cityYaml));
    }

    boolean contains(String path) {
        String[] segments = path.split("/");
        String name = segments[segments.length - 1];
        if (name.startsWith(".")) {
            return false;
        }
        if (isGeoJson(path)) {
            return true;
        }
        return switch (segments.length) {
            case 1 -> name.equals(CITY_FILE) || name.equals(README);
            case 2 -> (segments[0].equals("guide") || segments[0].equals("guard")) && name.endsWith(YAML);
            case 3 -> (segments[0].equals("blocks") || segments[0].equals("schools")) && name.endsWith(YAML);
            default -> false;
        };
    }

    /**
     * A GeoJSON file belongs to the folder when city.yaml names it. When city.yaml cannot be read, any GeoJSON file
     * at the top is kept so that the communicator sees city.yaml's problem, not outlines reported as ignored.
     */
    private boolean isGeoJson(String path) {
        return geoJsonFiles.map(named -> named.contains(path))
                .orElse(path.endsWith(GEOJSON) && !path.contains("/"));
    }

    /**
     * The GeoJSON files city.yaml names, when they are plain names of files at the top of the folder: a name that
     * is not one is left to the reader, which refuses it on its field. Read within the content limits, so a
     * city.yaml made to explode (aliases, size) is refused here at once and reported by the reader.
     */
    private static Optional<Set<String>> geoJsonFilesNamedIn(String cityYaml) {
        Object root;
        try {
            root = BoundedYaml.load(cityYaml, BoundedYaml.Limits.CONTENT);
        } catch (YamlRefusedException e) {
            return Optional.empty();
        }
        if (!(root instanceof Map<?, ?> fields)) {
            return Optional.empty();
        }
        return Optional.of(OUTLINE_FIELDS.stream()
                .map(fields::get)
                .flatMap(value -> value instanceof String name ? Stream.of(name) : Stream.empty())
                .filter(FileReference::isGeoJsonName)
                .collect(Collectors.toUnmodifiableSet()));
    }
}
