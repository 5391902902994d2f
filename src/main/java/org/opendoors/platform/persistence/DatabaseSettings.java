package org.opendoors.platform.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which database to use, read from the environment variables documented in the README. An H2 database always
 * writes a commit to its file before the commit returns ({@code WRITE_DELAY=0}): by default H2 keeps commits in
 * memory for half a second, and a portal killed in that window lost saves it had already confirmed.
 */
public record DatabaseSettings(String url, String user, String password, Path dataFolder, boolean embedded) {

    public static final String DATA_DIR = "OPENDOORS_DATA_DIR";
    public static final String DB_URL = "OPENDOORS_DB_URL";
    public static final String DB_USER = "OPENDOORS_DB_USER";
    public static final String DB_PASSWORD = "OPENDOORS_DB_PASSWORD";

    /** Commits reach the file before they return; the setting is a database setting, so the URL sets it each time. */
    static final String DURABLE_COMMITS = ";WRITE_DELAY=0";
    /**
     * A publish holds the published revision's row lock while it reads and checks the city (a second or so); H2's
     * default two seconds would make a second publisher's wait an error.
     */
    static final String LOCK_WAIT = ";LOCK_TIMEOUT=10000";
    private static final String H2_OPTIONS = ";DB_CLOSE_ON_EXIT=FALSE" + DURABLE_COMMITS + LOCK_WAIT;
    private static final Pattern WRITE_DELAY = Pattern.compile("(?i);\\s*WRITE_DELAY\\s*=\\s*([^;]*)");

    public static DatabaseSettings fromEnvironment(Map<String, String> environment) {
        Path dataFolder = Path.of(nonBlank(environment.get(DATA_DIR), "./data"));
        String url = environment.get(DB_URL);
        if (url == null || url.isBlank()) {
            return new DatabaseSettings(h2Url(dataFolder), "opendoors", "", dataFolder, true);
        }
        String given = url.strip();
        return new DatabaseSettings(isH2(given) && writeDelayIn(given).isEmpty() ? given + DURABLE_COMMITS : given,
                nonBlank(environment.get(DB_USER), ""), nonBlank(environment.get(DB_PASSWORD), ""), dataFolder, false);
    }

    /** The H2 URL for a data folder: an absolute path, because H2 refuses ambiguous relative ones. */
    static String h2Url(Path dataFolder) {
        return "jdbc:h2:file:" + dataFolder.toAbsolutePath().normalize().resolve("opendoors") + H2_OPTIONS;
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    public boolean isH2() {
        return isH2(url);
    }

    private static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** The {@code WRITE_DELAY} an H2 URL sets, if it sets one. */
    static Optional<String> writeDelayIn(String url) {
        Matcher matcher = WRITE_DELAY.matcher(url);
        return matcher.find() ? Optional.of(matcher.group(1).strip()) : Optional.empty();
    }

    /** The URL without credentials, for the start-up log. */
    public String describe() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** The variable an operator changes to choose the database: the data folder for the embedded one. */
    public String variable() {
        return embedded ? DATA_DIR : DB_URL;
    }

    String kind() {
        return isPostgreSql() ? "PostgreSQL" : isH2() ? "H2" : url.replaceFirst("^jdbc:([^:]*):.*", "$1").toLowerCase(Locale.ROOT);
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
