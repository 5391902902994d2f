package org.opendoors.translation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.security.web.StaffTexts;
import org.opendoors.translation.domain.LanguageCounts;
import org.opendoors.translation.domain.UiMessage;
import org.opendoors.translation.domain.UiTranslationState;
import org.opendoors.translation.service.TranslatedBundles;
import org.opendoors.translation.service.UiTranslations;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The translator's workspace for the UI bundles: per language, how many strings are missing, stale, translated and
 * reviewed; and for one language the strings filtered by state and by words ({@code ?lang=ar&state=stale&q=…}). The
 * strings are read once per page view, so their table sorts, filters and pages the list its reader opened.
 * <p>
 * Backs {@code /admin/translation/index.xhtml}.
 */
@Named
@ViewScoped
public class TranslationOverviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UiTranslations translations;
    @Inject
    private transient StaffTexts bo;

    private String lang;
    private String state;
    private String query;
    /** The list the table sorts in place: mutable, and the same on every request of the view. */
    private transient List<UiMessage> messages;

    /** The bundles as they are now (the service keeps them): not held by the view. */
    private TranslatedBundles bundles() {
        return translations.bundles();
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
        if (messages == null) {
            messages = new ArrayList<>(language().map(language -> bundles().find(language,
                    UiTranslationState.fromCode(String.valueOf(state)).orElse(null), query)).orElse(List.of()));
        }
        return messages;
    }

    /** A string's state in the reader's words, to sort and filter the list by. */
    public String stateName(UiMessage message) {
        return bo.get("translation.state." + message.state().code());
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
