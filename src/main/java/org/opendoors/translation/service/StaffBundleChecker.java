package org.opendoors.translation.service;

import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.i18n.service.StaffMessages;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.domain.BundleFinding.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The back office's own bundles ({@code i18n/staff/}): each feature's English file, and beside it every other
 * language with exactly its keys, each text passing the checks a translator's save passes (ICU syntax, the same
 * arguments, plural categories the language needs, no markup). They ship with the product, so a gap is an error of
 * the build, not a text families would see in English.
 */
public final class StaffBundleChecker {

    private StaffBundleChecker() {
    }

    public static List<BundleFinding> check(Path staffFolder) throws IOException {
        List<BundleFinding> findings = new ArrayList<>();
        for (String bundle : StaffMessages.BUNDLES) {
            Path sourceFile = staffFolder.resolve(bundle + ".properties");
            if (!Files.isRegularFile(sourceFile)) {
                findings.add(new BundleFinding(Severity.ERROR, "staff/" + sourceFile.getFileName(), 0, "en", "",
                        "missing-file", "The back office's English texts of " + bundle + " are missing."));
                continue;
            }
            Map<String, String> source = read(sourceFile);
            findings.addAll(duplicates(sourceFile, "staff/" + bundle + ".properties", "en"));
            for (Map.Entry<String, String> message : source.entrySet()) {
                if (!message.getKey().startsWith(bundle + ".")) {
                    findings.add(error("staff/" + bundle + ".properties", "en", message.getKey(), "key-prefix",
                            "A key of " + bundle + ".properties starts with '" + bundle + ".'."));
                }
                findings.addAll(in("staff/" + bundle + ".properties", errorsOnly(BundleChecker.checkTranslation(
                        MessageCatalog.SOURCE, message.getKey(), message.getValue(), message.getValue()))));
            }
            for (SupportedLanguage language : SupportedLanguage.values()) {
                if (language == MessageCatalog.SOURCE) {
                    continue;
                }
                String fileName = bundle + "_" + language.tag() + ".properties";
                Path file = staffFolder.resolve(fileName);
                if (!Files.isRegularFile(file)) {
                    findings.add(error("staff/" + fileName, language.tag(), "", "missing-file",
                            "The back office's texts of " + bundle + " in " + language.ownName() + " are missing."));
                    continue;
                }
                Map<String, String> translation = read(file);
                findings.addAll(duplicates(file, "staff/" + fileName, language.tag()));
                for (Map.Entry<String, String> message : source.entrySet()) {
                    String text = translation.get(message.getKey());
                    if (text == null) {
                        findings.add(error("staff/" + fileName, language.tag(), message.getKey(), "missing",
                                "No translation: staff reading " + language.ownName() + " would see English here."));
                    } else {
                        findings.addAll(in("staff/" + fileName, errorsOnly(BundleChecker.checkTranslation(language,
                                message.getKey(), message.getValue(), text))));
                    }
                }
                translation.keySet().stream().filter(key -> !source.containsKey(key)).sorted().forEach(key ->
                        findings.add(error("staff/" + fileName, language.tag(), key, "obsolete",
                                "The English file has no such key: remove it or add it there.")));
            }
        }
        return findings;
    }

    /** The translator's checks name the family bundle; these findings are about a file of i18n/staff/. */
    private static List<BundleFinding> in(String file, List<BundleFinding> findings) {
        return findings.stream().map(finding -> new BundleFinding(finding.severity(), file, finding.line(),
                finding.language(), finding.key(), finding.check(), finding.message(), finding.wording())).toList();
    }

    private static List<BundleFinding> errorsOnly(List<BundleFinding> findings) {
        return findings.stream().filter(BundleFinding::isError).toList();
    }

    private static BundleFinding error(String file, String language, String key, String check, String message) {
        return new BundleFinding(Severity.ERROR, file, 0, language, key, check, message);
    }

    /** A key written twice: the file reads as its last text, and the first one, perhaps the better, is lost unseen. */
    private static List<BundleFinding> duplicates(Path file, String name, String language) throws IOException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> twice = new java.util.TreeSet<>();
        java.util.Properties keys = new java.util.Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                if (!seen.add((String) key)) {
                    twice.add((String) key);
                }
                return super.put(key, value);
            }
        };
        try (java.io.Reader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
            keys.load(in);
        }
        return twice.stream().map(key -> error(name, language, key, "duplicate",
                "The key is written twice; only the last text is used. Keep one.")).toList();
    }

    private static Map<String, String> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return MessageCatalog.read(in);
        }
    }
}
