package org.opendoors.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.school.domain.AccessibilityFeature;
import org.opendoors.school.domain.Approach;
import org.opendoors.school.domain.ContentCode;
import org.opendoors.school.domain.Facility;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.SchoolService;
import org.opendoors.school.domain.Stage;
import org.opendoors.school.domain.TextSection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The UI bundles in i18n/ are complete and well-formed in all eight languages: the same keys, valid ICU syntax,
 * the same arguments as the English source, and every plural category each language needs.
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
    void everyMessageIsValidIcuWithTheSourcesArgumentsAndTheLanguagesPluralCategories() throws IOException {
        Map<String, String> source = read(MessageCatalog.SOURCE_FILE);
        List<String> faults = new ArrayList<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            Map<String, String> bundle = language == MessageCatalog.SOURCE ? source
                    : read("messages_" + language.tag() + ".properties");
            Set<String> needed = PluralRules.forLocale(language.locale()).getKeywords();
            bundle.forEach((key, pattern) -> {
                try {
                    MessagePattern parsed = new MessagePattern(pattern);
                    if (!arguments(parsed).equals(arguments(new MessagePattern(source.get(key))))) {
                        faults.add(language.tag() + " " + key + ": arguments differ from the source");
                    }
                    for (Set<String> categories : pluralCategories(parsed)) {
                        if (!categories.containsAll(needed)) {
                            faults.add(language.tag() + " " + key + ": plural lacks " + minus(needed, categories));
                        }
                    }
                } catch (IllegalArgumentException e) {
                    faults.add(language.tag() + " " + key + ": " + e.getMessage());
                }
            });
        }
        assertEquals(List.of(), faults);
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

    private static Set<String> arguments(MessagePattern pattern) {
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                names.add(pattern.getSubstring(part));
            }
        }
        return names;
    }

    /** The selectors of each plural argument, without explicit values such as =0. */
    private static List<Set<String>> pluralCategories(MessagePattern pattern) {
        List<Set<String>> plurals = new ArrayList<>();
        for (int i = 0; i < pattern.countParts(); i++) {
            MessagePattern.Part part = pattern.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                Set<String> selectors = new TreeSet<>();
                int limit = pattern.getLimitPartIndex(i);
                for (int j = i + 1; j < limit; j++) {
                    MessagePattern.Part inner = pattern.getPart(j);
                    if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        String selector = pattern.getSubstring(inner);
                        if (!selector.startsWith("=")) {
                            selectors.add(selector);
                        }
                        j = pattern.getLimitPartIndex(j + 1);
                    }
                }
                plurals.add(selectors);
            }
        }
        return plurals;
    }

    private static Set<String> minus(Set<String> all, Set<String> some) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(some);
        return rest;
    }
}
