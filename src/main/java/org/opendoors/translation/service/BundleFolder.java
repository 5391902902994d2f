package org.opendoors.translation.service;

import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.translation.domain.BundleFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code i18n/} folder: the English source, one file per language, and the sidecar {@code messages.meta.properties}
 * that holds each key's context and the fingerprint of the source each translation was made from.
 */
public final class BundleFolder {

    public static final String SIDECAR = "messages.meta.properties";
    /** A line that defines a key (not a comment, not a continuation). */
    static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");

    private BundleFolder() {
    }

    public static BundleFile source(Path folder) throws IOException {
        return read(folder, MessageCatalog.SOURCE_FILE).orElseThrow(() ->
                new IOException(folder.resolve(MessageCatalog.SOURCE_FILE) + " is missing"));
    }

    /** The translation files that exist, by language (English overrides in messages_en.properties included). */
    public static Map<SupportedLanguage, BundleFile> translations(Path folder) throws IOException {
        Map<SupportedLanguage, BundleFile> files = new EnumMap<>(SupportedLanguage.class);
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Optional<BundleFile> file = read(folder, "messages_" + language.tag() + ".properties");
            if (file.isPresent()) {
                files.put(language, file.get());
            }
        }
        return files;
    }

    public static Properties sidecar(Path folder) throws IOException {
        Path file = folder.resolve(SIDECAR);
        return Files.exists(file) ? sidecar(Files.readAllBytes(file)) : new Properties();
    }

    public static Properties sidecar(byte[] bytes) throws IOException {
        Properties sidecar = new Properties();
        sidecar.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        return sidecar;
    }

    /**
     * Records that LANGUAGE's translations were made from the current English source (a translator checked them),
     * and gives every key without a context the comment written above it in the source file.
     */
    public static void confirm(Path folder, SupportedLanguage language) throws IOException {
        BundleFile source = source(folder);
        Properties sidecar = sidecar(folder);
        Map<String, String> comments = comments(folder.resolve(MessageCatalog.SOURCE_FILE));
        Optional<BundleFile> translation = read(folder, "messages_" + language.tag() + ".properties");
        for (Map.Entry<String, String> message : source.messages().entrySet()) {
            String key = message.getKey();
            if (!sidecar.containsKey(key + ".context") && comments.containsKey(key)) {
                sidecar.setProperty(key + ".context", comments.get(key));
            }
            if (translation.isPresent() && translation.get().messages().containsKey(key)) {
                sidecar.setProperty(key + ".source." + language.tag(), BundleChecker.fingerprint(message.getValue()));
            }
        }
        writeSidecar(folder, sidecar);
    }

    public static void writeSidecar(Path folder, Properties sidecar) throws IOException {
        Files.writeString(folder.resolve(SIDECAR), renderSidecar(sidecar), StandardCharsets.UTF_8);
    }

    /** Sorted, UTF-8, no timestamp: a file that diffs cleanly in git. */
    public static String renderSidecar(Properties sidecar) {
        StringBuilder text = new StringBuilder()
                .append("# Context for translators, and the fingerprint of the English text each translation was made from.\n")
                .append("#   <key>.context        what the text is and where it appears\n")
                .append("#   <key>.source.<lang>  fingerprint of the English text when <lang> was translated or confirmed;\n")
                .append("#                        when the English text changes, the translation is stale until confirmed.\n")
                .append("# Written by: mvn -q exec:java -Dexec.args=\"confirm-i18n i18n <lang>\"\n");
        new TreeMap<>(sidecar).forEach((key, value) -> text.append(escape(key.toString(), true)).append('=')
                .append(escape(value.toString(), false)).append('\n'));
        return text.toString();
    }

    private static String escape(String text, boolean key) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '=', ':' -> escaped.append(key ? "\\" + c : String.valueOf(c));
                case ' ' -> escaped.append(key ? "\\ " : " ");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * The comment written above each key of a properties file; a comment above a run of keys (up to the next
     * blank line or comment) describes each of them.
     */
    static Map<String, String> comments(Path file) throws IOException {
        Map<String, String> comments = new HashMap<>();
        StringBuilder pending = new StringBuilder();
        boolean afterKey = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("!")) {
                if (afterKey) {
                    pending.setLength(0);
                    afterKey = false;
                }
                pending.append(pending.length() > 0 ? " " : "").append(trimmed.substring(1).strip());
            } else if (trimmed.isEmpty()) {
                pending.setLength(0);
                afterKey = false;
            } else {
                Matcher key = KEY_LINE.matcher(line);
                if (key.find() && pending.length() > 0) {
                    comments.put(key.group(1), pending.toString());
                }
                afterKey = true;
            }
        }
        return comments;
    }

    /** A bundle file read from a folder is refused above this size, before it is read into memory. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    static Optional<BundleFile> read(Path folder, String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new IOException(fileName + " is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                    + " MB; a bundle of the portal's strings is a few hundred kilobytes");
        }
        return Optional.of(parse(fileName, Files.readAllBytes(file)));
    }

    /** One bundle file from its bytes (UTF-8), wherever they come from: a folder, the classpath, an upload. */
    public static BundleFile parse(String fileName, byte[] bytes) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
        Map<String, Integer> lines = new HashMap<>();
        String[] text = new String(bytes, StandardCharsets.UTF_8).split("\\R", -1);
        Map<String, String> ordered = new LinkedHashMap<>();
        for (int i = 0; i < text.length; i++) {
            Matcher key = KEY_LINE.matcher(text[i]);
            if (key.find() && properties.containsKey(key.group(1)) && !lines.containsKey(key.group(1))) {
                lines.put(key.group(1), i + 1);
                ordered.put(key.group(1), properties.getProperty(key.group(1)));
            }
        }
        properties.stringPropertyNames().forEach(key -> ordered.putIfAbsent(key, properties.getProperty(key)));
        return new BundleFile(fileName, ordered, lines);
    }
}
