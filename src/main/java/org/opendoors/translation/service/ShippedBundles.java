package org.opendoors.translation.service;

import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.translation.domain.BundleFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The {@code i18n/} files the portal was built with, as the build copied them onto the classpath (or as they are in
 * a folder, for tests and tools): the English source, each language's file and the sidecar, kept as text too so
 * that the files can be written back in their own format.
 */
public final class ShippedBundles {

    private static final String CLASSPATH_FOLDER = "i18n/";

    private final Map<String, String> fileTexts;
    private final BundleFile source;
    private final Map<SupportedLanguage, BundleFile> translations = new EnumMap<>(SupportedLanguage.class);
    private final Properties sidecar;

    private ShippedBundles(Map<String, byte[]> files) throws IOException {
        Map<String, String> texts = new HashMap<>();
        files.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        this.fileTexts = Map.copyOf(texts);
        byte[] sourceBytes = files.get(MessageCatalog.SOURCE_FILE);
        if (sourceBytes == null) {
            throw new IOException("The English source " + MessageCatalog.SOURCE_FILE + " is missing");
        }
        this.source = BundleFolder.parse(MessageCatalog.SOURCE_FILE, sourceBytes);
        for (SupportedLanguage language : SupportedLanguage.values()) {
            byte[] bytes = files.get(fileName(language));
            if (bytes != null) {
                translations.put(language, BundleFolder.parse(fileName(language), bytes));
            }
        }
        byte[] sidecarBytes = files.get(BundleFolder.SIDECAR);
        this.sidecar = sidecarBytes == null ? new Properties() : BundleFolder.sidecar(sidecarBytes);
    }

    public static ShippedBundles fromClasspath(ClassLoader loader) {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : fileNames()) {
            try (InputStream in = loader.getResourceAsStream(CLASSPATH_FOLDER + name)) {
                if (in != null) {
                    files.put(name, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + CLASSPATH_FOLDER + name, e);
            }
        }
        return of(files);
    }

    public static ShippedBundles fromFolder(Path folder) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (String name : fileNames()) {
            Path file = folder.resolve(name);
            if (Files.exists(file)) {
                files.put(name, Files.readAllBytes(file));
            }
        }
        return new ShippedBundles(files);
    }

    private static ShippedBundles of(Map<String, byte[]> files) {
        try {
            return new ShippedBundles(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String fileName(SupportedLanguage language) {
        return "messages_" + language.tag() + ".properties";
    }

    private static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        names.add(MessageCatalog.SOURCE_FILE);
        names.add(BundleFolder.SIDECAR);
        for (SupportedLanguage language : SupportedLanguage.values()) {
            names.add(fileName(language));
        }
        return names;
    }

    public BundleFile source() {
        return source;
    }

    public Optional<String> sourceText(String key) {
        return Optional.ofNullable(source.messages().get(key));
    }

    /** The shipped text of a key in a language, if its file has one. */
    public Optional<String> text(SupportedLanguage language, String key) {
        return Optional.ofNullable(translations.get(language)).map(file -> file.messages().get(key));
    }

    public Map<String, String> messages(SupportedLanguage language) {
        BundleFile file = translations.get(language);
        return file == null ? Map.of() : file.messages();
    }

    /** What the key is and where it appears, as the sidecar describes it for translators; empty when undescribed. */
    public String context(String key) {
        return sidecar.getProperty(key + ".context", "");
    }

    /** The fingerprint of the English text the shipped translation was made from or confirmed against. */
    public Optional<String> madeFrom(SupportedLanguage language, String key) {
        return Optional.ofNullable(sidecar.getProperty(key + ".source." + language.tag()));
    }

    public Properties sidecar() {
        Properties copy = new Properties();
        copy.putAll(sidecar);
        return copy;
    }

    /** A file's text as shipped, or null when there is no such file. */
    public String fileText(String fileName) {
        return fileTexts.get(fileName);
    }
}
