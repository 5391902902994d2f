package org.opendoors.i18n.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.opendoors.i18n.domain.SupportedLanguage;

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
            "translation", "inbox");

    private MessageCatalog catalog;

    @PostConstruct
    void load() {
        catalog = MessageCatalog.fromClasspath(StaffMessages.class.getClassLoader(), FOLDER, BUNDLES);
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
