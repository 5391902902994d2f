package org.opendoors.translation.service;

import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.translation.domain.BundleFile;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.domain.UiMessage;
import org.opendoors.translation.domain.UiTranslationState;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * XLIFF 2.0 exchange of a language's UI strings with translators' CAT tools. Each key is a unit with its context as
 * a note and a segment whose state says where it stands: {@code initial} (not translated), {@code translated} (made
 * from an older English text: stale) or {@code reviewed} (confirmed against the current English text). An import is
 * checked whole — well-formed XLIFF, known keys, ICU syntax, arguments, plural categories — and applied all or
 * nothing; units whose text did not change leave the files untouched.
 * <p>
 * The command line exchanges the files of an {@code i18n/} folder; the back office exports and compares the same way
 * from the bundles with the translators' saved texts, and saves through their checks ({@link UiTextsXliff}).
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
        return export(new TranslatedBundles(ShippedBundles.fromFolder(folder), List.of()), language);
    }

    /**
     * The interface texts of a language as the bundles hold them: the English source, the text families see or a
     * translator saved, and where it stands ({@code translated} for a saved text waiting for review, as for a stale
     * one: neither is confirmed against today's English source).
     */
    public static String export(TranslatedBundles bundles, SupportedLanguage language) {
        Xliff xliff = new Xliff(MessageCatalog.SOURCE.tag(), language.tag(), XliffKind.UI.fileId(), XliffKind.UI.original());
        for (UiMessage message : bundles.messages(language)) {
            xliff.unit(message.key(), message.context().isEmpty() ? null : message.context(), stateOf(message.state()),
                    message.source(), message.text());
        }
        return xliff.close();
    }

    private static String stateOf(UiTranslationState state) {
        return switch (state) {
            case MISSING -> "initial";
            case REVIEWED -> "reviewed";
            case STALE, TRANSLATED -> "translated";
        };
    }

    /** The texts an upload changes against the bundles' texts, and the units the English source has no key for. */
    static UnitChanges changes(TranslatedBundles bundles, SupportedLanguage language, Map<String, String> targets) {
        Map<String, String> stored = new HashMap<>();
        bundles.messages(language).forEach(message -> stored.put(message.key(), message.text()));
        return UnitChanges.of(XliffKind.UI, targets, stored, UnaryOperator.identity());
    }

    public static ImportReport importInto(Path folder, SupportedLanguage language, byte[] xliff) throws IOException {
        Xliff.Parsed parsed;
        try {
            parsed = Xliff.parse(xliff);
        } catch (Xliff.Unreadable invalid) {
            return refused(List.of(invalid.problem()));
        }
        if (!language.tag().equals(parsed.targetLanguage())) {
            return refused(List.of(new XliffProblem.WrongLanguage(parsed.targetLanguage(), language.tag())));
        }
        ShippedBundles files = ShippedBundles.fromFolder(folder);
        BundleFile source = files.source();
        UnitChanges changes = changes(new TranslatedBundles(files, List.of()), language, parsed.targets());
        List<XliffProblem> problems = new ArrayList<>(changes.problems());
        Map<String, String> merged = new LinkedHashMap<>(files.messages(language));
        merged.putAll(changes.changed());
        Map<SupportedLanguage, BundleFile> candidate = new EnumMap<>(SupportedLanguage.class);
        candidate.put(language, new BundleFile("messages_" + language.tag() + ".properties", merged, Map.of()));
        for (BundleFinding finding : BundleChecker.check(source, candidate, new Properties())) {
            if (finding.isError() && finding.language().equals(language.tag()) && changes.changed().containsKey(finding.key())) {
                problems.add(new XliffProblem.TextRefused(finding));
            }
        }
        if (!problems.isEmpty()) {
            return refused(problems);
        }
        if (!changes.changed().isEmpty()) {
            BundleWriter.write(folder, language, merged);
            Properties sidecar = BundleFolder.sidecar(folder);
            changes.changed().keySet().forEach(key -> sidecar.setProperty(key + ".source." + language.tag(),
                    BundleChecker.fingerprint(source.messages().get(key))));
            BundleFolder.writeSidecar(folder, sidecar);
        }
        return new ImportReport(true, changes.changed().size(), changes.unchanged(), List.of());
    }

    /** A refusal as the command line reports it: each problem in English. */
    static ImportReport refused(List<XliffProblem> problems) {
        return new ImportReport(false, 0, 0, problems.stream().map(XliffProblem::describe).toList());
    }
}
