package org.opendoors.translation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.LanguageCounts;
import org.opendoors.translation.domain.UiMessage;
import org.opendoors.translation.domain.UiTranslationState;
import org.opendoors.translation.service.TranslatedBundles;
import org.opendoors.translation.service.UiTranslations;

import java.util.List;
import java.util.Optional;

/**
 * The translator's workspace for the UI bundles: per language, how many strings are missing, stale, translated and
 * reviewed; and for one language the strings filtered by state and by words ({@code ?lang=ar&state=stale&q=…}).
 * <p>
 * Backs {@code /admin/translation/index.xhtml}.
 */
@Named
@RequestScoped
public class TranslationOverviewPage {

    @Inject
    private UiTranslations translations;

    private String lang;
    private String state;
    private String query;
    private TranslatedBundles bundles;

    private TranslatedBundles bundles() {
        if (bundles == null) {
            bundles = translations.bundles();
        }
        return bundles;
    }

    public List<LanguageCounts> getCounts() {
        return bundles().counts();
    }

    public List<UiTranslationState> getStates() {
        return List.of(UiTranslationState.values());
    }

    public Optional<SupportedLanguage> language() {
        return SupportedLanguage.fromTag(String.valueOf(lang)).filter(TranslatedBundles.languages()::contains);
    }

    public boolean isLanguageChosen() {
        return language().isPresent();
    }

    public SupportedLanguage getLanguage() {
        return language().orElse(null);
    }

    public List<UiMessage> getMessages() {
        return language().map(language -> bundles().find(language,
                UiTranslationState.fromCode(String.valueOf(state)).orElse(null), query)).orElse(List.of());
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getQ() {
        return query;
    }

    public void setQ(String query) {
        this.query = query;
    }
}
