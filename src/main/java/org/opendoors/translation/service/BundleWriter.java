package org.opendoors.translation.service;

import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Writes a language's bundle in the one format the repository keeps: the file's own header, then the English
 * source's comments and keys in the source's order, each with the translation. So a file written here diffs
 * cleanly against the one a translator edits by hand, and writing unchanged messages changes nothing.
 */
public final class BundleWriter {

    private BundleWriter() {
    }

    public static String render(Path folder, SupportedLanguage language, Map<String, String> translations)
            throws IOException {
        Path target = folder.resolve("messages_" + language.tag() + ".properties");
        return render(Files.readString(folder.resolve(MessageCatalog.SOURCE_FILE), StandardCharsets.UTF_8),
                Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null, translations);
    }

    /**
     * The same from the files' text, for bundles that are not in a folder (the portal reads them from the
     * classpath). {@code currentFile} is the language's file as it is, for its header; null when there is none.
     */
    public static String render(String sourceFile, String currentFile, Map<String, String> translations) {
        List<String> source = sourceFile.lines().toList();
        List<String> header = currentFile == null ? List.of() : header(currentFile.lines().toList());
        List<String> lines = new ArrayList<>(header);
        int body = header(source).size();
        for (String line : source.subList(body, source.size())) {
            Matcher key = BundleFolder.KEY_LINE.matcher(line);
            if (key.find()) {
                String translation = translations.get(key.group(1));
                if (translation != null) {
                    lines.add(key.group(1) + "=" + escape(translation));
                }
            } else {
                lines.add(line);
            }
        }
        return String.join("\n", lines) + "\n";
    }

    public static void write(Path folder, SupportedLanguage language, Map<String, String> translations) throws IOException {
        Files.writeString(folder.resolve("messages_" + language.tag() + ".properties"),
                render(folder, language, translations), StandardCharsets.UTF_8);
    }

    /** The comment block at the top of a file, up to the first blank line. */
    private static List<String> header(List<String> lines) {
        int end = 0;
        while (end < lines.size() && lines.get(end).strip().startsWith("#")) {
            end++;
        }
        return lines.subList(0, end);
    }

    /** Properties escaping for a value: only what the format needs, so real characters stay readable. */
    private static String escape(String value) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> escaped.append(i == 0 && c == ' ' ? "\\ " : String.valueOf(c));
            }
        }
        return escaped.toString();
    }
}
