package org.opendoors.translation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.web.StaffTexts;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.domain.MessagePreviewResult;
import org.opendoors.translation.domain.PreviewSample;
import org.opendoors.translation.domain.SaveOutcome;
import org.opendoors.translation.domain.TranslationRefusedException;
import org.opendoors.translation.domain.UiMessage;
import org.opendoors.translation.domain.UiTranslationState;
import org.opendoors.translation.service.MessagePreview;
import org.opendoors.translation.service.TranslatedBundles;
import org.opendoors.translation.service.UiTranslations;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * The side-by-side editor of one UI string in one language ({@code ?lang=ar&key=school_list.count}): the English
 * source, its context and where it is used on one side; the translation, its live preview and the actions on the
 * other. A refused save keeps the typed text in the field and says what is wrong.
 * <p>
 * Backs {@code /admin/translation/message.xhtml}.
 */
@Named
@ViewScoped
public class MessageEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UiTranslations translations;
    @Inject
    private KeyUsageIndex usages;
    @Inject
    private StaffTexts bo;
    @Inject
    private UiTextRefusals refusals;

    private String lang;
    private String key;
    private SupportedLanguage language;
    private UiMessage message;
    private String text;
    /** The preview last built and the text it was built from: a render asks for it several times. */
    private transient MessagePreviewResult preview;
    private transient String previewed;

    /** f:viewAction on the first request: an unknown language or key gets a 404, not an empty editor. */
    public void load() throws IOException {
        language = SupportedLanguage.fromTag(String.valueOf(lang)).filter(TranslatedBundles.languages()::contains).orElse(null);
        message = language == null || key == null ? null : translations.bundles().message(language, key).orElse(null);
        if (message == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, bo.get("translation.editor.notFound"));
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        text = message.text() == null ? "" : message.text();
    }

    public void save() {
        try {
            SaveOutcome outcome = translations.save(language, key, text);
            if (!outcome.saved()) {
                for (BundleFinding error : outcome.errors()) {
                    add(FacesMessage.SEVERITY_ERROR, bo.format("translation.editor.notSaved", refusals.explained(error), error.check()));
                }
                return;
            }
            reload();
            add(FacesMessage.SEVERITY_INFO, bo.format("translation.editor.saved", language.ownName()));
            for (BundleFinding warning : outcome.warnings()) {
                add(FacesMessage.SEVERITY_WARN, bo.format("translation.editor.warning", refusals.explained(warning), warning.check()));
            }
        } catch (TranslationRefusedException | NotAllowedException refused) {
            add(FacesMessage.SEVERITY_ERROR, bo.format("translation.editor.refused", bo.explain(refused)));
        }
    }

    public void markReviewed() {
        String typed = text == null ? "" : text.replace("\r\n", "\n");
        if (!typed.equals(message.text())) {
            add(FacesMessage.SEVERITY_ERROR, bo.get("translation.editor.changedBeforeReview"));
            return;
        }
        try {
            translations.markReviewed(language, key, message.text());
            reload();
            add(FacesMessage.SEVERITY_INFO, bo.format("translation.editor.reviewed", language.ownName()));
        } catch (TranslationRefusedException | NotAllowedException refused) {
            add(FacesMessage.SEVERITY_ERROR, bo.explain(refused));
        }
    }

    private void reload() {
        message = translations.bundles().message(language, key).orElseThrow();
    }

    private static void add(FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
    }

    public UiMessage getMessage() {
        return message;
    }

    public SupportedLanguage getLanguage() {
        return language;
    }

    /** Who translated the saved text and, once it is reviewed, who reviewed it. */
    public String getHistory() {
        if (message == null || !message.saved()) {
            return "";
        }
        return message.reviewedBy() == null || message.reviewedBy().isEmpty()
                ? bo.format("translation.editor.translatedBy", message.translatedBy())
                : bo.format("translation.editor.translatedAndReviewed", message.translatedBy(), message.reviewedBy());
    }

    public boolean isReviewable() {
        return message != null && message.state() == UiTranslationState.TRANSLATED;
    }

    public boolean isStale() {
        return message != null && message.state() == UiTranslationState.STALE;
    }

    /** Where the string appears in this build's views and classes. */
    public List<String> getUsedIn() {
        return usages.placesUsing(key);
    }

    /** The preview of the text in the field, for the page as the server renders it (the script keeps it live). */
    public MessagePreviewResult getPreview() {
        String typed = text == null ? "" : text.replace("\r\n", "\n");
        if (preview == null || !typed.equals(previewed)) {
            preview = MessagePreview.preview(language, typed);
            previewed = typed;
        }
        return preview;
    }

    /** Which sample a preview line shows, in the reader's language. */
    public String sampleLabel(PreviewSample sample) {
        return bo.say(sample.wording());
    }

    /** Why the text in the field cannot be rendered, in the reader's language; empty when it can. */
    public String getPreviewError() {
        MessagePreviewResult preview = getPreview();
        return preview.isRendered() ? "" : bo.say(preview.errorWording());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }
}
