package org.opendoors.platform.persistence;

import java.nio.file.Path;
import java.util.Map;

/** Which database to use, read from the environment variables documented in the README. */
public record DatabaseSettings(String url, String user, String password, Path dataFolder) {

    public static final String DATA_DIR = "OPENDOORS_DATA_DIR";
    public static final String DB_URL = "OPENDOORS_DB_URL";
    public static final String DB_USER = "OPENDOORS_DB_USER";
    public static final String DB_PASSWORD = "OPENDOORS_DB_PASSWORD";

    public static DatabaseSettings fromEnvironment(Map<String, String> environment) {
        Path dataFolder = Path.of(nonBlank(environment.get(DATA_DIR), "./data"));
        String url = environment.get(DB_URL);
        if (url == null || url.isBlank()) {
            return new DatabaseSettings(ConfiguredDataSource.h2Url(dataFolder), "opendoors", "", dataFolder);
        }
        return new DatabaseSettings(url.strip(), nonBlank(environment.get(DB_USER), ""),
                nonBlank(environment.get(DB_PASSWORD), ""), dataFolder);
    }

    public boolean isPostgreSql() {
        return url.startsWith("jdbc:postgresql:");
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL without credentials, for the start-up log. */
    public String describe() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
