package org.opendoors.content.reader;

import org.opendoors.i18n.domain.StaffWording;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file that a content file names ({@code city.yaml}'s {@code district_outlines} and {@code catchment_areas}):
 * only the plain name of a GeoJSON file at the top of the same content folder. Anything that could point elsewhere —
 * an absolute path, {@code ..}, a folder, a backslash, a drive letter, a web address, {@code %}-encoding, control
 * characters — is refused by what it is, before any file is opened. The name is checked against an allow-list (the
 * names the back office keeps files under), not against a list of known tricks; {@link ContentFiles} then makes
 * sure the file it opens really lies inside the folder (no link leads out).
 */
public final class FileReference {

    /** The same names the back office keeps map files under (DocumentKind): {@code districts.geojson}. */
    private static final Pattern GEOJSON_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}\\.geojson");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private FileReference() {
    }

    /** Whether a name may be used to name a GeoJSON file of a content folder. */
    /**
     * The path of a file inside a content folder, normalised ({@code schools/./x} is {@code schools/x}); empty when
     * the name is absolute or climbs out of the folder.
     */
    public static Optional<String> insideFolder(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        java.nio.file.Path normalised = java.nio.file.Path.of(name).normalize();
        if (normalised.isAbsolute() || normalised.startsWith("..") || normalised.toString().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(normalised.toString());
    }

    public static boolean isGeoJsonName(String name) {
        return name != null && GEOJSON_NAME.matcher(name).matches();
    }

    /**
     * The field's file name, or empty after reporting on the field why it is not one. The problem quotes a short
     * excerpt of the value written, never anything read from a file.
     */
    public static Optional<String> geoJson(YamlMap yaml, String key, boolean required) {
        Optional<String> value = required ? Optional.of(yaml.requiredText(key)).filter(text -> !text.isEmpty())
                : yaml.optionalText(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> wrong = whatIsWrong(value.get());
        if (wrong.isPresent()) {
            yaml.problem(key, StaffWording.of("content.problem.notFolderFile", "value", Quoted.quote(value.get()),
                    "reason", wrong.get(), "example", "districts.geojson"));
            return Optional.empty();
        }
        return value;
    }

    /**
     * Why a value cannot name a GeoJSON file of the folder, as the code {@code content.problem.notFolderFile} words,
     * or empty when it can.
     */
    static Optional<String> whatIsWrong(String name) {
        if (isGeoJsonName(name)) {
            return Optional.empty();
        }
        if (name.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            return Optional.of("control");
        }
        if (name.contains("%")) {
            return Optional.of("encoded");
        }
        if (name.contains("\\")) {
            return Optional.of("backslash");
        }
        if (name.startsWith("/") || name.startsWith("~")) {
            return Optional.of("absolute");
        }
        if (DRIVE.matcher(name).matches()) {
            return Optional.of("drive");
        }
        if (SCHEME.matcher(name).matches()) {
            return Optional.of("address");
        }
        if (name.equals("..") || name.startsWith("../") || name.contains("/../") || name.endsWith("/..")) {
            return Optional.of("parent");
        }
        if (name.contains("/")) {
            return Optional.of("subFolder");
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".geojson")) {
            return Optional.of("notGeoJson");
        }
        return Optional.of("characters");
    }
}
