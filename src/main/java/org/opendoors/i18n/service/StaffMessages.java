package org.opendoors.i18n.service;

import com.ibm.icu.text.ListFormatter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The back office's own texts, in the language of the member of staff reading them. They live apart from the
 * family bundles ({@code i18n/messages*.properties}, which translators change from the back office) because they
 * are part of the product, not of the city's voice: {@code i18n/staff/<feature>.properties} in English with
 * {@code <feature>_<tag>.properties} beside it, one file per feature that owns back-office pages.
 */
@ApplicationScoped
public class StaffMessages {

    public static final String FOLDER = "i18n/staff/";
    /** The features with back-office pages; each key of a bundle starts with its name and a dot. */
    public static final List<String> BUNDLES = List.of(
            "backoffice", "security", "backup", "editorial", "workflow", "guard", "school", "guide", "targeting",
            "translation", "inbox", "content", "city");

    private MessageCatalog catalog;

    /** Read once per class loader: services word their English messages from it outside any request. */
    private static final class Shipped {
        static final MessageCatalog CATALOG = MessageCatalog.fromClasspath(StaffMessages.class.getClassLoader(), FOLDER,
                BUNDLES);
    }

    @PostConstruct
    void load() {
        catalog = Shipped.CATALOG;
    }

    /** What a service says, in English: for logs, the command line and the message of an exception. */
    public static String english(StaffWording wording) {
        return say(Shipped.CATALOG, MessageCatalog.SOURCE, wording);
    }

    /** What a service says, in the reader's language. */
    public String say(SupportedLanguage language, StaffWording wording) {
        return say(catalog, language, wording);
    }

    private static String say(MessageCatalog catalog, SupportedLanguage language, StaffWording wording) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        wording.arguments().forEach((name, value) -> arguments.put(name, said(catalog, language, value)));
        return catalog.format(language, wording.key(), arguments).text();
    }

    private static Object said(MessageCatalog catalog, SupportedLanguage language, Object value) {
        if (value instanceof StaffWording nested) {
            return say(catalog, language, nested);
        }
        if (value instanceof StaffWording.Alternatives alternatives) {
            return ListFormatter.getInstance(language.locale(), ListFormatter.Type.OR, ListFormatter.Width.WIDE)
                    .format(alternatives.choices().stream().map(choice -> say(catalog, language, choice)).toList());
        }
        return value;
    }

    public String text(SupportedLanguage language, String key) {
        return catalog.text(language, key).text();
    }

    public String format(SupportedLanguage language, String key, Map<String, ?> arguments) {
        return catalog.format(language, key, arguments).text();
    }

    public boolean has(String key) {
        return catalog.has(MessageCatalog.SOURCE, key);
    }
}
