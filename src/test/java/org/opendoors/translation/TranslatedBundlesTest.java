package org.opendoors.translation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.domain.LanguageCounts;
import org.opendoors.translation.domain.UiMessage;
import org.opendoors.translation.domain.UiTranslation;
import org.opendoors.translation.domain.UiTranslationState;
import org.opendoors.translation.service.BundleChecker;
import org.opendoors.translation.service.BundleFolder;
import org.opendoors.translation.service.ShippedBundles;
import org.opendoors.translation.service.TranslatedBundles;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped bundles of the repository with translators' saved texts laid over them. */
class TranslatedBundlesTest {

    private static final Path I18N = Path.of("i18n");
    private static final String KEY = "school_list.count";
    private static final String ARABIC = "{count, plural, =0 {لا توجد مدرسة.} zero {# مدرسة} one {مدرسة واحدة} "
            + "two {مدرستان} few {# مدارس} many {# مدرسة} other {# من المدارس المختارة}}";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final ShippedBundles shipped = ShippedBundles.fromFolder(I18N);
    private final int keys = shipped.source().messages().size();
    private final String currentSource = BundleChecker.fingerprint(shipped.sourceText(KEY).orElseThrow());

    TranslatedBundlesTest() throws Exception {
    }

    @Test
    void theShippedBundlesAreAllReviewed() {
        TranslatedBundles bundles = new TranslatedBundles(shipped, List.of());
        assertEquals(7, bundles.counts().size());
        for (LanguageCounts counts : bundles.counts()) {
            assertEquals(new LanguageCounts(counts.language(), 0, 0, 0, keys), counts);
        }
        assertEquals(Map.of(), bundles.liveOverrides());
    }

    @Test
    void aSavedTextIsTranslatedUntilReviewedAndStaleWhenMadeFromAnOlderSource() {
        UiTranslation arabic = new UiTranslation("ar", KEY, ARABIC, currentSource, "amira", NOW);
        UiTranslation russian = new UiTranslation("ru", KEY, "{count, plural, one {# школа} few {# школы} many {# школ} other {# школы}}",
                BundleChecker.fingerprint("{count, plural, one {# school} other {# schools}}"), "oleg", NOW);
        UiTranslation chinese = new UiTranslation("zh", KEY, "{count, plural, other {共 # 所学校}}", currentSource, "li", NOW);
        chinese.review("wang", NOW);
        TranslatedBundles bundles = new TranslatedBundles(shipped, List.of(arabic, russian, chinese));

        assertEquals(new LanguageCounts(SupportedLanguage.AR, 0, 0, 1, keys - 1), bundles.counts(SupportedLanguage.AR));
        assertEquals(new LanguageCounts(SupportedLanguage.RU, 0, 1, 0, keys - 1), bundles.counts(SupportedLanguage.RU));
        assertEquals(new LanguageCounts(SupportedLanguage.ZH, 0, 0, 0, keys), bundles.counts(SupportedLanguage.ZH));

        UiMessage message = bundles.message(SupportedLanguage.AR, KEY).orElseThrow();
        assertEquals(UiTranslationState.TRANSLATED, message.state());
        assertEquals(ARABIC, message.text());
        assertEquals("amira", message.translatedBy());
        assertTrue(message.saved());
        assertEquals("Number of schools shown.", message.context());
        assertEquals("wang", bundles.message(SupportedLanguage.ZH, KEY).orElseThrow().reviewedBy());
    }

    @Test
    void aSavedTextGoesLiveOnlyOnceReviewedAndFamiliesKeepTheReviewedOneWhileANewerOneWaits() {
        UiTranslation arabic = new UiTranslation("ar", KEY, ARABIC, currentSource, "amira", NOW);
        assertEquals(Map.of(), new TranslatedBundles(shipped, List.of(arabic)).liveOverrides(), "the shipped text until reviewed");
        arabic.review("karim", NOW);
        assertEquals(Map.of(SupportedLanguage.AR, Map.of(KEY, ARABIC)), new TranslatedBundles(shipped, List.of(arabic)).liveOverrides());

        String newer = ARABIC.replace("المختارة", "المعروضة");
        arabic.update(newer, currentSource, "amira", NOW);
        TranslatedBundles waiting = new TranslatedBundles(shipped, List.of(arabic));
        assertEquals(Map.of(SupportedLanguage.AR, Map.of(KEY, ARABIC)), waiting.liveOverrides(), "the reviewed text stays live");
        assertEquals(newer, waiting.message(SupportedLanguage.AR, KEY).orElseThrow().text(), "the workspace shows the newer one");
        assertTrue(waiting.files().get("i18n/messages_ar.properties").contains(KEY + "=" + ARABIC + "\n"), "and so does the download");

        arabic.review("karim", NOW);
        assertEquals(Map.of(SupportedLanguage.AR, Map.of(KEY, newer)), new TranslatedBundles(shipped, List.of(arabic)).liveOverrides());
    }

    @Test
    void onlyReviewedTextsThatPassTheChecksGoLive() {
        UiTranslation good = new UiTranslation("ar", KEY, ARABIC, currentSource, "amira", NOW);
        good.review("karim", NOW);
        // Made when the English source had {number}; the source now says {count}: stale, and broken if shown.
        UiTranslation broken = new UiTranslation("ru", KEY, "{number, plural, one {# школа} few {# школы} many {# школ} other {# школы}}",
                BundleChecker.fingerprint("{number, plural, one {# school} other {# schools}}"), "oleg", NOW);
        broken.review("olga", NOW);
        UiTranslation obsolete = new UiTranslation("ur", "no.such.key", "کچھ نہیں", currentSource, "sana", NOW);
        TranslatedBundles bundles = new TranslatedBundles(shipped, List.of(good, broken, obsolete));

        assertEquals(Map.of(SupportedLanguage.AR, Map.of(KEY, ARABIC)), bundles.liveOverrides());
        assertEquals(UiTranslationState.STALE, bundles.message(SupportedLanguage.RU, KEY).orElseThrow().state());
        assertEquals(keys, bundles.counts(SupportedLanguage.UR).reviewed());
    }

    @Test
    void aMissingTranslationIsCountedAndFound(@TempDir Path folder) throws Exception {
        for (String name : List.of("messages.properties", "messages.meta.properties", "messages_zh.properties")) {
            Files.copy(I18N.resolve(name), folder.resolve(name));
        }
        Path zh = folder.resolve("messages_zh.properties");
        Files.writeString(zh, Files.readString(zh).replaceAll("(?m)^school_list\\.count=.*\\n", ""));
        TranslatedBundles bundles = new TranslatedBundles(ShippedBundles.fromFolder(folder), List.of());

        assertEquals(new LanguageCounts(SupportedLanguage.ZH, 1, 0, 0, keys - 1), bundles.counts(SupportedLanguage.ZH));
        assertEquals(keys, bundles.counts(SupportedLanguage.AR).missing(), "no Arabic file in this folder");
        List<UiMessage> missing = bundles.find(SupportedLanguage.ZH, UiTranslationState.MISSING, null);
        assertEquals(List.of(KEY), missing.stream().map(UiMessage::key).toList());
        assertTrue(missing.get(0).isMissing());
    }

    @Test
    void findFiltersByStateAndByWordsInKeySourceTranslationOrContext() {
        UiTranslation arabic = new UiTranslation("ar", KEY, ARABIC, currentSource, "amira", NOW);
        TranslatedBundles bundles = new TranslatedBundles(shipped, List.of(arabic));

        assertEquals(List.of(KEY), keys(bundles.find(SupportedLanguage.AR, UiTranslationState.TRANSLATED, "")));
        assertEquals(List.of(KEY), keys(bundles.find(SupportedLanguage.AR, null, "المختارة")));
        assertEquals(List.of(KEY), keys(bundles.find(SupportedLanguage.AR, UiTranslationState.TRANSLATED, "NUMBER of schools SHOWN")));
        assertEquals(List.of(), keys(bundles.find(SupportedLanguage.AR, UiTranslationState.REVIEWED, "المختارة")));
        assertEquals(keys - 1, bundles.find(SupportedLanguage.AR, UiTranslationState.REVIEWED, null).size());
    }

    @Test
    void withoutSavedTextsTheDownloadIsTheRepositoryFolderByteForByte() throws Exception {
        Map<String, String> files = unzip(new TranslatedBundles(shipped, List.of()).zip());
        assertEquals(10, files.size());
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertTrue(file.getKey().startsWith("i18n/"), file.getKey());
            assertEquals(Files.readString(Path.of(file.getKey()), StandardCharsets.UTF_8), file.getValue(), file.getKey());
        }
    }

    @Test
    void theDownloadCarriesReviewedTextsAndTheirSourceFingerprintsAndPassesTheChecker(@TempDir Path folder) throws Exception {
        UiTranslation arabic = new UiTranslation("ar", KEY, ARABIC, currentSource, "amira", NOW);
        arabic.review("karim", NOW);
        String oldSource = BundleChecker.fingerprint("{count, plural, one {# school} other {# schools}}");
        UiTranslation staleRussian = new UiTranslation("ru", "home.see_schools",
                "{count, plural, one {Все # школа} few {Все # школы} many {Все # школ} other {Все # школы}}", oldSource, "oleg", NOW);
        staleRussian.review("olga", NOW);
        Map<String, String> files = new TranslatedBundles(shipped, List.of(arabic, staleRussian)).files();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        Path written = folder.resolve("i18n");

        List<String> arabicLines = Files.readAllLines(written.resolve("messages_ar.properties"));
        List<String> repoLines = Files.readAllLines(I18N.resolve("messages_ar.properties"));
        assertEquals(repoLines.size(), arabicLines.size());
        List<Integer> changed = java.util.stream.IntStream.range(0, repoLines.size())
                .filter(i -> !repoLines.get(i).equals(arabicLines.get(i))).boxed().toList();
        assertEquals(1, changed.size());
        assertEquals(KEY + "=" + ARABIC, arabicLines.get(changed.get(0)));
        assertEquals(Files.readString(I18N.resolve("messages_zh.properties")), files.get("i18n/messages_zh.properties"));

        assertEquals(currentSource, BundleFolder.sidecar(written).getProperty(KEY + ".source.ar"));
        assertEquals(oldSource, BundleFolder.sidecar(written).getProperty("home.see_schools.source.ru"));
        assertNotEquals(Files.readString(I18N.resolve("messages.meta.properties")), files.get("i18n/messages.meta.properties"));

        List<BundleFinding> findings = BundleChecker.check(BundleFolder.source(written), BundleFolder.translations(written),
                BundleFolder.sidecar(written));
        assertFalse(findings.stream().anyMatch(BundleFinding::isError), findings.toString());
        assertEquals(List.of("ru home.see_schools stale"), findings.stream()
                .map(f -> f.language() + " " + f.key() + " " + f.check()).toList());
    }

    private static List<String> keys(List<UiMessage> messages) {
        return messages.stream().map(UiMessage::key).toList();
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
