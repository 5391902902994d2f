package org.opendoors.i18n.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.opendoors.i18n.domain.LocalizedText;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.Map;

/**
 * The application's single message catalog: the bundles shipped on the classpath, loaded once at start-up, with
 * whatever translators saved in the back office laid over them (see {@link #overlay}).
 */
@ApplicationScoped
public class Messages {

    private MessageCatalog shipped;
    private volatile MessageCatalog catalog;

    @PostConstruct
    void load() {
        shipped = MessageCatalog.fromClasspath(Messages.class.getClassLoader());
        catalog = shipped;
    }

    public LocalizedText text(SupportedLanguage language, String key) {
        return catalog.text(language, key);
    }

    public LocalizedText format(SupportedLanguage language, String key, Map<String, ?> arguments) {
        return catalog.format(language, key, arguments);
    }

    /**
     * Serves these texts instead of the shipped ones from now on, without a restart. Each call replaces the
     * previous overlay whole, so a text removed from it goes back to the shipped one.
     */
    public void overlay(Map<SupportedLanguage, Map<String, String>> overrides) {
        catalog = shipped.withOverrides(overrides);
    }
}
