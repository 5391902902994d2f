package org.opendoors.translation.service;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendoors.editorial.service.PublishedCities;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.translation.domain.UiTranslation;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.domain.XliffProblem;
import org.opendoors.translation.domain.XliffRefusedException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An upload of interface texts in the back office, up to what it would save: the bundles as shipped, the checks of a
 * typed save (the build's, then the guard with the city's rules). Saving is {@link UiTranslations#saveAll}'s.
 */
class XliffUploadUiTextsTest {

    private static final String HOME_TITLE = "home.title";
    private static final String NAV_HOME = "layout.nav_home";

    private static ShippedBundles shipped;
    private static TranslatedBundles bundles;
    private static UiTextsXliff.TextCheck check;

    @BeforeAll
    static void bundlesAndAGuardWithTheCitysRules() throws Exception {
        shipped = ShippedBundles.fromFolder(Path.of("i18n"));
        bundles = new TranslatedBundles(shipped, List.of());
        PublishedCity city = PublishedCities.withKeysAsLabels(new ArrayList<>());
        city.replaceWith(withGuardRules(PublishedCities.files(PublishedCities.GOOD)), "test start");
        UiTextGuard guard = new UiTextGuard(city);
        check = (language, key, text) -> UiTranslations.check(guard, language, key, shipped.context(key),
                shipped.sourceText(key).orElseThrow(), text);
    }

    @Test
    void anUnchangedExportChangesNothing() throws Exception {
        String xliff = XliffExchange.export(bundles, SupportedLanguage.AR);

        UnitChanges changes = plan(xliff, SupportedLanguage.AR);

        long translated = bundles.messages(SupportedLanguage.AR).stream().filter(message -> message.text() != null).count();
        assertEquals(Map.of(), changes.changed());
        assertEquals(translated, changes.unchanged());
    }

    @Test
    void aChangedTextIsTheOneSaved() throws Exception {
        String xliff = withTarget(XliffExchange.export(bundles, SupportedLanguage.AR), HOME_TITLE, "ابحثوا عن مدرستكم في {city}");

        UnitChanges changes = plan(xliff, SupportedLanguage.AR);

        assertEquals(Map.of(HOME_TITLE, "ابحثوا عن مدرستكم في {city}"), changes.changed());
    }

    @Test
    void aBrokenMessageRefusesTheWholeFileWithTheUnitAndWhy() {
        String xliff = withTarget(withTarget(XliffExchange.export(bundles, SupportedLanguage.AR),
                HOME_TITLE, "ابحثوا عن مدرستكم في {city}"), NAV_HOME, "{count, plural, one {الصفحة");

        XliffRefusedException refused = assertThrows(XliffRefusedException.class, () -> plan(xliff, SupportedLanguage.AR));

        assertEquals(XliffKind.UI, refused.kind());
        assertEquals(1, refused.problems().size(), refused.problems().toString());
        XliffProblem.TextRefused problem = (XliffProblem.TextRefused) refused.problems().get(0);
        assertEquals(NAV_HOME, problem.unit());
        assertEquals("icu-syntax", problem.finding().check());
    }

    @Test
    void aRankingIsRefusedByTheGuardLikeATypedSave() {
        String xliff = withTarget(XliffExchange.export(bundles, SupportedLanguage.AR), HOME_TITLE,
                "ابحثوا عن مدرسة في {city} من أفضل مدارس المدينة");

        XliffRefusedException refused = assertThrows(XliffRefusedException.class, () -> plan(xliff, SupportedLanguage.AR));

        assertEquals(List.of("guard:ranking"), refused.problems().stream()
                .map(problem -> ((XliffProblem.TextRefused) problem).finding().check()).toList());
    }

    @Test
    void everyUnitTheSourceHasNoKeyForIsListedWithTheOtherProblems() {
        String xliff = withTarget(XliffExchange.export(bundles, SupportedLanguage.FR), NAV_HOME, "{broken")
                .replace("<unit id=\"" + HOME_TITLE + "\">", "<unit id=\"home.no_such_title\">");

        XliffRefusedException refused = assertThrows(XliffRefusedException.class, () -> plan(xliff, SupportedLanguage.FR));

        assertEquals(List.of("home.no_such_title", NAV_HOME), refused.problems().stream().map(XliffProblem::unit).toList());
        assertTrue(refused.problems().get(0) instanceof XliffProblem.UnknownUnit, refused.problems().toString());
    }

    @Test
    void theExportSaysWhereEachTextStandsAndASavedTextWaitingForReviewIsItsTarget() {
        String saved = "ابحثوا عن مدرستكم في {city}";
        UiTranslation waiting = new UiTranslation("ar", HOME_TITLE, saved,
                BundleChecker.fingerprint(shipped.sourceText(HOME_TITLE).orElseThrow()), "amira", Instant.now());

        String xliff = XliffExchange.export(new TranslatedBundles(shipped, List.of(waiting)), SupportedLanguage.AR);

        assertTrue(xliff.contains("<unit id=\"" + HOME_TITLE + "\">\n      <notes><note category=\"context\">"
                + Xliff.escape(shipped.context(HOME_TITLE)) + "</note></notes>\n      <segment state=\"translated\">"), xliff);
        assertTrue(xliff.contains("<target>" + saved + "</target>"));
        assertTrue(xliff.contains("<unit id=\"" + NAV_HOME + "\">"));
        assertTrue(unitOf(xliff, NAV_HOME).contains("<segment state=\"reviewed\">"), unitOf(xliff, NAV_HOME));
    }

    private static UnitChanges plan(String xliff, SupportedLanguage language) throws Exception {
        XliffUpload.Opened file = XliffUpload.open(xliff.getBytes(StandardCharsets.UTF_8), language,
                kind -> kind == XliffKind.UI ? MessageCatalog.SOURCE.tag() : "ca");
        assertEquals(XliffKind.UI, file.kind());
        return UiTextsXliff.changedTexts(bundles, language, file.parsed().targets(), check);
    }

    /** The unit's target replaced, as a translator's tool writes it. */
    static String withTarget(String xliff, String unitId, String target) {
        Matcher unit = Pattern.compile("(<unit id=\"" + Pattern.quote(unitId) + "\">[\\s\\S]*?<target>)[^<]*(</target>)")
                .matcher(xliff);
        assertTrue(unit.find(), unitId + " has a target");
        return unit.replaceFirst(Matcher.quoteReplacement(unit.group(1) + Xliff.escape(target) + unit.group(2)));
    }

    private static String unitOf(String xliff, String unitId) {
        int start = xliff.indexOf("<unit id=\"" + unitId + "\">");
        return xliff.substring(start, xliff.indexOf("</unit>", start));
    }

    /** A test city with the guard's rules of the repository's city, as {@code guard/<lang>.yaml} files. */
    private static Map<String, String> withGuardRules(Map<String, String> files) throws IOException {
        Map<String, String> all = new TreeMap<>(files);
        try (Stream<Path> rules = Files.list(Path.of("content/guard"))) {
            for (Path rule : rules.toList()) {
                all.put("guard/" + rule.getFileName(), Files.readString(rule, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
