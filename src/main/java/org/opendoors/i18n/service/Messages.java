package org.opendoors.i18n.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.opendoors.i18n.domain.LocalizedText;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.Map;

/** The application's single message catalog, loaded once at start-up. */
@ApplicationScoped
public class Messages {

    private MessageCatalog catalog;

    @PostConstruct
    void load() {
        catalog = MessageCatalog.fromClasspath(Messages.class.getClassLoader());
    }

    public LocalizedText text(SupportedLanguage language, String key) {
        return catalog.text(language, key);
    }

    public LocalizedText format(SupportedLanguage language, String key, Map<String, ?> arguments) {
        return catalog.format(language, key, arguments);
    }
}
