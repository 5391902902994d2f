package org.opendoors.translation.service;

import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.i18n.service.SearchText;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.domain.LanguageCounts;
import org.opendoors.translation.domain.UiMessage;
import org.opendoors.translation.domain.UiTranslation;
import org.opendoors.translation.domain.UiTranslationState;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The UI bundles as families get them: the shipped {@code i18n/} files with the translators' reviewed texts laid over
 * them. Answers what the workspace shows (each string's state, the counts per language), what the portal renders
 * (the saved texts that pass the checks against today's English source), and the {@code i18n/} folder to commit.
 * An immutable snapshot: a save makes a new one.
 */
public final class TranslatedBundles {

    /** The folder inside the download, so that unzipping at the top of the repository replaces {@code i18n/}. */
    public static final String DOWNLOAD_FOLDER = "i18n/";

    private final ShippedBundles shipped;
    private final Map<SupportedLanguage, Map<String, UiTranslation>> saved = new EnumMap<>(SupportedLanguage.class);

    public TranslatedBundles(ShippedBundles shipped, Collection<UiTranslation> savedTranslations) {
        this.shipped = shipped;
        for (UiTranslation translation : savedTranslations) {
            SupportedLanguage.fromTag(translation.getLanguage())
                    .filter(language -> language != MessageCatalog.SOURCE)
                    .filter(language -> shipped.sourceText(translation.getKey()).isPresent())
                    .ifPresent(language -> saved.computeIfAbsent(language, l -> new HashMap<>())
                            .put(translation.getKey(), translation));
        }
    }

    /** The languages translators work on: all but the English source. */
    public static List<SupportedLanguage> languages() {
        return SupportedLanguage.all().stream().filter(language -> language != MessageCatalog.SOURCE).toList();
    }

    public ShippedBundles shipped() {
        return shipped;
    }

    public boolean hasKey(String key) {
        return shipped.sourceText(key).isPresent();
    }

    /** One string, or empty when the English source has no such key. */
    public Optional<UiMessage> message(SupportedLanguage language, String key) {
        return shipped.sourceText(key).map(source -> message(language, key, source));
    }

    /** Every string of a language, in the order of the English source file. */
    public List<UiMessage> messages(SupportedLanguage language) {
        List<UiMessage> messages = new ArrayList<>();
        shipped.source().messages().forEach((key, source) -> messages.add(message(language, key, source)));
        return messages;
    }

    /**
     * The strings of a language in a state (all states when null) whose key, English text, translation or context
     * contains every word of the query (any when blank), without regard to case, accents or width.
     */
    public List<UiMessage> find(SupportedLanguage language, UiTranslationState state, String query) {
        boolean anyText = query == null || query.isBlank();
        return messages(language).stream()
                .filter(message -> state == null || message.state() == state)
                .filter(message -> anyText || SearchText.matches(SearchText.fold(String.join("\n", message.key(),
                        message.source(), message.context(), message.text() == null ? "" : message.text())), query))
                .toList();
    }

    public LanguageCounts counts(SupportedLanguage language) {
        Map<UiTranslationState, Integer> counts = new EnumMap<>(UiTranslationState.class);
        for (UiMessage message : messages(language)) {
            counts.merge(message.state(), 1, Integer::sum);
        }
        return new LanguageCounts(language, counts.getOrDefault(UiTranslationState.MISSING, 0),
                counts.getOrDefault(UiTranslationState.STALE, 0), counts.getOrDefault(UiTranslationState.TRANSLATED, 0),
                counts.getOrDefault(UiTranslationState.REVIEWED, 0));
    }

    public List<LanguageCounts> counts() {
        return languages().stream().map(this::counts).toList();
    }

    /**
     * What the portal lays over the shipped bundles: each saved text families may see — reviewed, or the reviewed
     * text kept while a newer one waits for review — that passes the checks against today's English source. A text
     * that a later change of the source broke (a renamed argument) is left out, so families get the shipped text
     * rather than a broken one; the workspace shows it as stale.
     */
    public Map<SupportedLanguage, Map<String, String>> liveOverrides() {
        Map<SupportedLanguage, Map<String, String>> overrides = new EnumMap<>(SupportedLanguage.class);
        saved.forEach((language, translations) -> translations.values().forEach(translation ->
                translation.liveText().ifPresent(live -> {
                    String source = shipped.sourceText(translation.getKey()).orElseThrow();
                    boolean broken = BundleChecker.checkTranslation(language, translation.getKey(), source, live)
                            .stream().anyMatch(BundleFinding::isError);
                    if (!broken) {
                        overrides.computeIfAbsent(language, l -> new HashMap<>()).put(translation.getKey(), live);
                    }
                })));
        return overrides;
    }

    /**
     * The {@code i18n/} folder with the saved texts written in: every language's file rendered in the one format
     * the repository keeps (unchanged files byte for byte), and the sidecar recording, for each saved text, the
     * English text it was made from. Keyed by path inside the download ({@code i18n/messages_ar.properties}).
     */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        String sourceFile = shipped.fileText(MessageCatalog.SOURCE_FILE);
        files.put(DOWNLOAD_FOLDER + MessageCatalog.SOURCE_FILE, sourceFile);
        Properties sidecar = shipped.sidecar();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            String fileName = ShippedBundles.fileName(language);
            String current = shipped.fileText(fileName);
            Map<String, UiTranslation> changes = saved.getOrDefault(language, Map.of());
            if (changes.isEmpty()) {
                if (current != null) {
                    files.put(DOWNLOAD_FOLDER + fileName, current);
                }
                continue;
            }
            Map<String, String> texts = new HashMap<>(shipped.messages(language));
            // The files hold what families see: a text still waiting for review stays out, as it does on the pages.
            changes.forEach((key, translation) -> translation.liveText().ifPresent(live -> {
                texts.put(key, live);
                sidecar.setProperty(key + ".source." + language.tag(), translation.liveFingerprint().orElseThrow());
            }));
            files.put(DOWNLOAD_FOLDER + fileName, BundleWriter.render(sourceFile, current, texts));
        }
        files.put(DOWNLOAD_FOLDER + BundleFolder.SIDECAR, BundleFolder.renderSidecar(sidecar));
        return files;
    }

    /** {@link #files()} as a zip archive. */
    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private UiMessage message(SupportedLanguage language, String key, String source) {
        String currentSource = BundleChecker.fingerprint(source);
        String context = shipped.context(key);
        UiTranslation translation = saved.getOrDefault(language, Map.of()).get(key);
        if (translation != null) {
            UiTranslationState state = !currentSource.equals(translation.getSourceFingerprint()) ? UiTranslationState.STALE
                    : translation.isReviewed() ? UiTranslationState.REVIEWED : UiTranslationState.TRANSLATED;
            return new UiMessage(language, key, source, context, translation.getText(), state, true,
                    translation.getTranslatedBy(), translation.getTranslatedAt(), translation.getReviewedBy(),
                    translation.getReviewedAt());
        }
        Optional<String> text = shipped.text(language, key);
        UiTranslationState state = text.isEmpty() ? UiTranslationState.MISSING
                : shipped.madeFrom(language, key).filter(currentSource::equals).isPresent() ? UiTranslationState.REVIEWED
                : UiTranslationState.STALE;
        return new UiMessage(language, key, source, context, text.orElse(null), state, false, null, null, null, null);
    }
}
