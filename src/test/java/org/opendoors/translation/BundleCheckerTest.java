package org.opendoors.translation;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.BundleFile;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.service.BundleChecker;
import org.opendoors.translation.service.BundleFolder;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundleCheckerTest {

    private static final Path FAULTY = Path.of("src/test/resources/i18n-faulty");

    @Test
    void aFolderWithDeliberateFaultsYieldsExactlyTheExpectedFindings() throws Exception {
        List<BundleFinding> findings = BundleChecker.check(BundleFolder.source(FAULTY), BundleFolder.translations(FAULTY),
                BundleFolder.sidecar(FAULTY));

        Set<String> found = findings.stream()
                .map(f -> f.severity().name().charAt(0) + " " + f.language() + " " + f.key() + " " + f.check())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of(
                "E en broken_source icu-syntax",
                "E ar schools plural-categories",
                "E ar unchanged missing",
                "E ca greeting argument-types",
                "E es schools missing-other",
                "E fr greeting control-character",
                "E ru greeting arguments",
                "W ru obsolete_key obsolete",
                "W ru unchanged stale",
                "W ru unchanged identical-to-source",
                "E ur greeting bidi-control",
                "E zh greeting icu-syntax",
                // The fixture's source itself carries <b>, and so does every translation of it: all refused.
                "E en bold markup", "E ar bold markup", "E ca bold markup", "E es bold markup", "E fr bold markup",
                "E ru bold markup", "E ur bold markup", "E zh bold markup",
                "W ar changed stale", "W ca changed stale", "W es changed stale", "W fr changed stale",
                "W ru changed stale", "W ur changed stale", "W zh changed stale")), found);
    }

    @Test
    void findingsNameTheFileAndLine() throws Exception {
        BundleFinding zh = BundleChecker.check(BundleFolder.source(FAULTY), BundleFolder.translations(FAULTY),
                        BundleFolder.sidecar(FAULTY)).stream()
                .filter(f -> f.language().equals("zh") && f.check().equals("markup")).findFirst().orElseThrow();
        assertEquals("messages_zh.properties", zh.file());
        assertEquals(3, zh.line());
    }

    @Test
    void arabicNeedsSixPluralFormsRussianFourChineseOne() {
        String ru = "{count, plural, one {# школа} few {# школы} other {# школ}}";
        String zh = "{count, plural, other {# 所学校}}";
        String ar = "{count, plural, zero {لا مدارس} one {مدرسة} two {مدرستان} few {# مدارس} many {# مدرسة} other {# مدرسة}}";
        String ur = "{count, plural, one {# اسکول} other {# اسکول}}";
        List<BundleFinding> findings = check("{count, plural, one {# school} other {# schools}}",
                Map.of(SupportedLanguage.RU, ru, SupportedLanguage.ZH, zh, SupportedLanguage.AR, ar, SupportedLanguage.UR, ur));
        assertEquals(List.of("ru plural-categories"), findings.stream().filter(BundleFinding::isError)
                .map(f -> f.language() + " " + f.check()).toList());
        assertTrue(findings.get(0).message().contains("many"), findings.get(0).message());
    }

    @Test
    void arabicAndUrduMayIsolateDirectionWhenTheyCloseIt() {
        String isolated = "اتصلوا على \u2066+34 930 41 00 10\u2069";
        assertEquals(List.of(), check("Call {phone}", Map.of(SupportedLanguage.AR, isolated.replace("+34 930 41 00 10", "{phone}")))
                .stream().filter(BundleFinding::isError).toList());
        assertEquals(List.of("bidi-control"), check("Call {phone}", Map.of(SupportedLanguage.UR, "\u2067کال کریں {phone}"))
                .stream().filter(BundleFinding::isError).map(BundleFinding::check).toList());
    }

    @Test
    void aConfirmedTranslationIsNotStale() {
        String source = "Schools";
        Properties sidecar = new Properties();
        sidecar.setProperty("key.source.ru", BundleChecker.fingerprint(source));
        List<BundleFinding> findings = BundleChecker.check(file("messages.properties", source),
                Map.of(SupportedLanguage.RU, file("messages_ru.properties", "Школы")), sidecar);
        assertEquals(List.of(), findings.stream().filter(f -> f.language().equals("ru")).toList());
    }

    private static List<BundleFinding> check(String source, Map<SupportedLanguage, String> translations) {
        Map<SupportedLanguage, BundleFile> files = new java.util.EnumMap<>(SupportedLanguage.class);
        translations.forEach((language, text) -> files.put(language, file("messages_" + language.tag() + ".properties", text)));
        return BundleChecker.check(file("messages.properties", source), files, new Properties()).stream()
                .filter(f -> translations.containsKey(SupportedLanguage.fromTag(f.language()).orElseThrow()))
                .filter(f -> !f.check().equals("stale"))
                .toList();
    }

    private static BundleFile file(String name, String text) {
        return new BundleFile(name, Map.of("key", text), Map.of("key", 1));
    }
}
