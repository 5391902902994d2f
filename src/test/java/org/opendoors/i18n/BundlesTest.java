package org.opendoors.i18n;

import org.junit.jupiter.api.Test;
import org.opendoors.city.domain.Stage;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.school.domain.AccessibilityFeature;
import org.opendoors.school.domain.Approach;
import org.opendoors.school.domain.Facility;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.SchoolService;
import org.opendoors.school.domain.TextSection;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.service.BundleChecker;
import org.opendoors.translation.service.BundleFolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The UI bundles in i18n/ are complete and well-formed in all eight languages: the same keys, and no error of the
 * bundle checker (ICU syntax, arguments, plural categories each language needs, characters, markup).
 */
class BundlesTest {

    private static final Path I18N = Path.of("i18n");

    @Test
    void everyLanguageHasEveryKeyAndNoOther() throws IOException {
        Set<String> source = read(MessageCatalog.SOURCE_FILE).keySet();
        for (SupportedLanguage language : translations()) {
            Set<String> keys = read("messages_" + language.tag() + ".properties").keySet();
            assertEquals(new TreeSet<>(source), new TreeSet<>(keys), language.tag());
        }
    }

    @Test
    void theBundleCheckerFindsNoErrorInAnyLanguage() throws IOException {
        List<String> errors = BundleChecker.check(BundleFolder.source(I18N), BundleFolder.translations(I18N),
                        BundleFolder.sidecar(I18N)).stream()
                .filter(BundleFinding::isError)
                .map(f -> f.file() + ":" + f.line() + " " + f.key() + " " + f.check() + ": " + f.message())
                .toList();
        assertEquals(List.of(), errors);
    }

    @Test
    void everyContentCodeHasALabel() throws IOException {
        Set<String> keys = read(MessageCatalog.SOURCE_FILE).keySet();
        for (Class<?> type : List.of(Ownership.class, Stage.class, Approach.class, SchoolService.class, Facility.class,
                AccessibilityFeature.class, TextSection.class)) {
            for (Object value : type.getEnumConstants()) {
                String key = ((ContentCode) value).messageKey();
                assertTrue(keys.contains(key), key);
            }
        }
    }

    private static List<SupportedLanguage> translations() {
        return Stream.of(SupportedLanguage.values()).filter(l -> l != MessageCatalog.SOURCE).toList();
    }

    private static Map<String, String> read(String file) throws IOException {
        try (InputStream in = Files.newInputStream(I18N.resolve(file))) {
            return MessageCatalog.read(in);
        }
    }
}
