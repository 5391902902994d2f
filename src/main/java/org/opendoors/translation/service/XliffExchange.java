package org.opendoors.translation.service;

import org.opendoors.content.reader.Quoted;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.translation.domain.BundleFile;
import org.opendoors.translation.domain.BundleFinding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * XLIFF 2.0 exchange of a language's UI strings with translators' CAT tools. Each key is a unit with its context as
 * a note and a segment whose state says where it stands: {@code initial} (not translated), {@code translated} (made
 * from an older English text: stale) or {@code reviewed} (confirmed against the current English text). An import is
 * checked whole — well-formed XLIFF, known keys, ICU syntax, arguments, plural categories — and applied all or
 * nothing; units whose text did not change leave the files untouched.
 */
public final class XliffExchange {

    /** The largest XLIFF file an import reads; a larger one is refused before it is parsed. */
    public static final int MAX_BYTES = Xliff.MAX_BYTES;

    /** What an import did, or why it did nothing. */
    public record ImportReport(boolean applied, int changed, int unchanged, List<String> problems) {
    }

    private XliffExchange() {
    }

    public static String export(Path folder, SupportedLanguage language) throws IOException {
        BundleFile source = BundleFolder.source(folder);
        BundleFile translation = BundleFolder.translations(folder).get(language);
        Properties sidecar = BundleFolder.sidecar(folder);
        Xliff xliff = new Xliff(MessageCatalog.SOURCE.tag(), language.tag(), "messages", "i18n/" + MessageCatalog.SOURCE_FILE);
        for (Map.Entry<String, String> message : source.messages().entrySet()) {
            String key = message.getKey();
            String target = translation == null ? null : translation.messages().get(key);
            String state = target == null ? "initial"
                    : BundleChecker.fingerprint(message.getValue()).equals(sidecar.getProperty(key + ".source." + language.tag()))
                    ? "reviewed" : "translated";
            xliff.unit(key, sidecar.getProperty(key + ".context"), state, message.getValue(), target);
        }
        return xliff.close();
    }

    public static ImportReport importInto(Path folder, SupportedLanguage language, byte[] xliff) throws IOException {
        List<String> problems = new ArrayList<>();
        Xliff.Parsed parsed;
        try {
            parsed = Xliff.parse(xliff);
        } catch (IllegalArgumentException invalid) {
            return new ImportReport(false, 0, 0, List.of(invalid.getMessage()));
        }
        if (!language.tag().equals(parsed.targetLanguage())) {
            return new ImportReport(false, 0, 0, List.of("the file is for " + Quoted.quote(parsed.targetLanguage())
                    + ", not '" + language.tag() + "'"));
        }
        BundleFile source = BundleFolder.source(folder);
        BundleFile current = BundleFolder.translations(folder).get(language);
        Map<String, String> merged = new LinkedHashMap<>(current == null ? Map.of() : current.messages());
        Map<String, String> changed = new LinkedHashMap<>();
        int unchanged = 0;
        for (Map.Entry<String, String> unit : parsed.targets().entrySet()) {
            String key = unit.getKey();
            if (!source.messages().containsKey(key)) {
                problems.add("unit " + Quoted.quote(key) + ": no such key in the English source");
                continue;
            }
            String text = unit.getValue();
            if (text == null) {
                continue;
            }
            if (text.equals(merged.get(key))) {
                unchanged++;
            } else {
                changed.put(key, text);
                merged.put(key, text);
            }
        }
        Map<SupportedLanguage, BundleFile> candidate = new EnumMap<>(SupportedLanguage.class);
        candidate.put(language, new BundleFile("messages_" + language.tag() + ".properties", merged, Map.of()));
        for (BundleFinding finding : BundleChecker.check(source, candidate, new Properties())) {
            if (finding.isError() && finding.language().equals(language.tag()) && changed.containsKey(finding.key())) {
                problems.add("unit '" + finding.key() + "': " + finding.check() + ": " + finding.message());
            }
        }
        if (!problems.isEmpty()) {
            return new ImportReport(false, 0, 0, problems);
        }
        if (!changed.isEmpty()) {
            BundleWriter.write(folder, language, merged);
            Properties sidecar = BundleFolder.sidecar(folder);
            changed.keySet().forEach(key -> sidecar.setProperty(key + ".source." + language.tag(),
                    BundleChecker.fingerprint(source.messages().get(key))));
            BundleFolder.writeSidecar(folder, sidecar);
        }
        return new ImportReport(true, changed.size(), unchanged, List.of());
    }
}
