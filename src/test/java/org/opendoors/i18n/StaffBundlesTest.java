package org.opendoors.i18n;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.i18n.service.StaffMessages;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.service.StaffBundleChecker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The back office speaks every language it offers, with no key missing and no English left in its views. */
class StaffBundlesTest {

    private static final Path STAFF = Path.of("i18n/staff");
    private static final Pattern VIEW_KEY = Pattern.compile("bo(?:\\['|\\.format\\(')([a-zA-Z0-9_.]+)'");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:bo\\.(?:get|format|formatNamed)|StaffWording\\.of)\\(\"([a-zA-Z0-9_.]+)\"");
    /** The actions services refuse by name ({@code user.require("publishContent", …)}): security.action.&lt;name&gt;. */
    private static final Pattern REFUSED_ACTION = Pattern.compile("\\brequire\\((?:[^;\\n]*?, )?\"([a-zA-Z]+)\"");
    /** Text a person reads, outside EL: element content and the attributes that are shown or read aloud. */
    private static final Pattern SHOWN_TEXT = Pattern.compile(
            ">([^<>]*)<|\\s(?:value|title|aria-label|placeholder|label|requiredMessage|alt)=\"([^\"]*)\"");
    private static final Pattern WORDS = Pattern.compile("\\p{IsLatin}{2,}(?:\\s+\\p{IsLatin}{2,}){1,}");

    @Test
    void everyBundleHasEveryKeyInEveryLanguageAndValidIcuMessages() throws IOException {
        List<BundleFinding> findings = StaffBundleChecker.check(STAFF);
        assertTrue(findings.isEmpty(), () -> String.join("\n", findings.stream().map(Object::toString).toList()));
    }

    @Test
    void everyKeyTheViewsAndBeansUseExists() throws IOException {
        Map<String, String> english = english();
        TreeSet<String> missing = new TreeSet<>();
        for (Path file : files(Path.of("src/main/webapp/admin"), ".xhtml")) {
            collect(VIEW_KEY, Files.readString(file), english, missing, file);
        }
        collect(VIEW_KEY, Files.readString(Path.of("src/main/webapp/WEB-INF/templates/admin.xhtml")), english, missing,
                Path.of("admin.xhtml"));
        for (Path file : files(Path.of("src/main/java/org/opendoors"), ".java")) {
            String code = Files.readString(file);
            collect(CODE_KEY, code, english, missing, file);
            Matcher action = REFUSED_ACTION.matcher(code);
            while (action.find()) {
                if (!english.containsKey("security.action." + action.group(1))) {
                    missing.add("security.action." + action.group(1) + " (" + file.getFileName() + ")");
                }
            }
        }
        assertTrue(missing.isEmpty(), "keys used but not in i18n/staff: " + missing);
    }

    @Test
    void noEnglishSentenceIsLeftInTheBackOfficesViews() throws IOException {
        List<String> english = new ArrayList<>();
        List<Path> views = new ArrayList<>(files(Path.of("src/main/webapp/admin"), ".xhtml"));
        views.add(Path.of("src/main/webapp/WEB-INF/templates/admin.xhtml"));
        for (Path view : views) {
            String page = Files.readString(view).replaceAll("(?s)<!--.*?-->", "").replaceAll("#\\{[^}]*}", " ");
            Matcher shown = SHOWN_TEXT.matcher(page);
            while (shown.find()) {
                String text = shown.group(1) != null ? shown.group(1) : shown.group(2);
                if (WORDS.matcher(text).find()) {
                    english.add(view.getFileName() + ": " + text.strip());
                }
            }
        }
        assertTrue(english.isEmpty(), "words written into a view instead of the staff bundles:\n" + String.join("\n", english));
    }

    @Test
    void theCatalogSpeaksTheReadersLanguageAndFormatsWithIcu() {
        MessageCatalog catalog = MessageCatalog.fromClasspath(getClass().getClassLoader(), StaffMessages.FOLDER,
                StaffMessages.BUNDLES);
        assertEquals("Sign in", catalog.text(SupportedLanguage.EN, "security.signIn.title").text());
        assertFalse(catalog.text(SupportedLanguage.AR, "security.signIn.title").text().matches(".*[A-Za-z].*"));
        String waitEnglish = catalog.format(SupportedLanguage.EN, "security.signIn.throttledMinutes", Map.of("0", 1)).text();
        assertTrue(waitEnglish.contains("wait 1 minute "), waitEnglish);
        String waitRussian = catalog.format(SupportedLanguage.RU, "security.signIn.throttledMinutes", Map.of("0", 5)).text();
        assertTrue(waitRussian.contains("5 минут"), waitRussian);
    }

    private static void collect(Pattern pattern, String text, Map<String, String> english, TreeSet<String> missing, Path file) {
        Matcher key = pattern.matcher(text);
        while (key.find()) {
            // A key ending in a dot is the start of keys made at run time (security.role. + the role's code).
            if (!key.group(1).endsWith(".") && !english.containsKey(key.group(1))) {
                missing.add(key.group(1) + " (" + file.getFileName() + ")");
            }
        }
    }

    private static Map<String, String> english() throws IOException {
        Map<String, String> english = new HashMap<>();
        for (String bundle : StaffMessages.BUNDLES) {
            Path file = STAFF.resolve(bundle + ".properties");
            if (Files.exists(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    english.putAll(MessageCatalog.read(in));
                }
            }
        }
        return english;
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(path -> path.toString().endsWith(suffix)).toList();
        }
    }
}
