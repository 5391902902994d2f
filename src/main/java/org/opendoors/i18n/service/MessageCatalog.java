package org.opendoors.i18n.service;

import com.ibm.icu.text.MessageFormat;
import org.opendoors.i18n.domain.LocalizedText;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UI bundles of {@code i18n/}, rendered with ICU4J's MessageFormat (plurals, selects, apostrophes as ICU
 * defines them). English ({@code messages.properties}) is the source; a key a translation lacks falls back to it.
 */
public final class MessageCatalog {

    public static final SupportedLanguage SOURCE = SupportedLanguage.EN;
    public static final String SOURCE_FILE = "messages.properties";
    private static final String BUNDLE_FOLDER = "i18n/";

    private final Map<SupportedLanguage, Map<String, String>> patterns = new EnumMap<>(SupportedLanguage.class);
    private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();
    /** Where the source texts live, for the message of a missing key. */
    private final String sourceName;

    private MessageCatalog(Map<SupportedLanguage, Map<String, String>> patterns, String sourceName) {
        this.patterns.putAll(patterns);
        this.sourceName = sourceName;
    }

    private MessageCatalog(Map<SupportedLanguage, Map<String, String>> patterns) {
        this(patterns, BUNDLE_FOLDER + SOURCE_FILE);
    }

    /**
     * Reads the bundles that the build copies from {@code i18n/} onto the classpath. English is the source file
     * with {@code messages_en.properties} laid over it, where English readers may get a different wording.
     */
    public static MessageCatalog fromClasspath(ClassLoader loader) {
        Map<SupportedLanguage, Map<String, String>> patterns = new EnumMap<>(SupportedLanguage.class);
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Map<String, String> bundle = new HashMap<>();
            if (language == SOURCE) {
                bundle.putAll(readResource(loader, SOURCE_FILE));
            }
            bundle.putAll(readResource(loader, "messages_" + language.tag() + ".properties"));
            patterns.put(language, bundle);
        }
        return new MessageCatalog(patterns);
    }

    /**
     * Several bundles read as one catalog, such as the back office's {@code i18n/staff/<feature>.properties} with
     * their {@code <feature>_<tag>.properties}: each feature keeps the texts of its own pages, under keys that start
     * with its name, so no two bundles define a key.
     */
    public static MessageCatalog fromClasspath(ClassLoader loader, String folder, java.util.List<String> bundleNames) {
        Map<SupportedLanguage, Map<String, String>> patterns = new EnumMap<>(SupportedLanguage.class);
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Map<String, String> bundle = new HashMap<>();
            for (String name : bundleNames) {
                if (language == SOURCE) {
                    bundle.putAll(readResource(loader, folder + name + ".properties"));
                }
                bundle.putAll(readResource(loader, folder + name + "_" + language.tag() + ".properties"));
            }
            patterns.put(language, bundle);
        }
        return new MessageCatalog(patterns, folder + "*.properties");
    }

    private static Map<String, String> readResource(ClassLoader loader, String fileName) {
        String resource = fileName.startsWith(BUNDLE_FOLDER) ? fileName : BUNDLE_FOLDER + fileName;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Map.of() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    public static MessageCatalog of(Map<SupportedLanguage, Map<String, String>> patterns) {
        return new MessageCatalog(patterns);
    }

    /**
     * A new catalog with some messages replaced (translators' saved texts over the shipped files). This one stays
     * as it was: pages being rendered finish with the texts they started with.
     */
    public MessageCatalog withOverrides(Map<SupportedLanguage, Map<String, String>> overrides) {
        Map<SupportedLanguage, Map<String, String>> merged = new EnumMap<>(SupportedLanguage.class);
        patterns.forEach((language, bundle) -> {
            Map<String, String> copy = new HashMap<>(bundle);
            copy.putAll(overrides.getOrDefault(language, Map.of()));
            merged.put(language, copy);
        });
        return new MessageCatalog(merged, sourceName);
    }

    /** Properties files in UTF-8, as translators save them (not the ISO-8859-1 of {@code Properties.load(InputStream)}). */
    public static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> map = new HashMap<>();
        properties.forEach((key, value) -> map.put((String) key, (String) value));
        return map;
    }

    public LocalizedText text(SupportedLanguage language, String key) {
        return format(language, key, Map.of());
    }

    public LocalizedText format(SupportedLanguage language, String key, Map<String, ?> arguments) {
        SupportedLanguage actual = patterns.get(language).containsKey(key) ? language : SOURCE;
        if (!patterns.get(actual).containsKey(key)) {
            throw new MissingResourceException("No message '" + key + "' in " + sourceName, "i18n", key);
        }
        MessageFormat format = compiled.computeIfAbsent(actual.tag() + '\u0000' + key,
                ignored -> new MessageFormat(patterns.get(actual).get(key), actual.locale()));
        // ICU's MessageFormat keeps parse state: one format call at a time per instance.
        synchronized (format) {
            return new LocalizedText(format.format(arguments), actual);
        }
    }

    public boolean has(SupportedLanguage language, String key) {
        return patterns.get(language).containsKey(key);
    }

    public Map<String, String> patterns(SupportedLanguage language) {
        return Map.copyOf(patterns.get(language));
    }
}
