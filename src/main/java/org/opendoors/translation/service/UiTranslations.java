package org.opendoors.translation.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.domain.UiTextsSaved;
import org.opendoors.i18n.service.MessageCatalog;
import org.opendoors.i18n.service.Messages;
import org.opendoors.security.domain.Role;
import org.opendoors.security.service.CurrentUser;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.domain.SaveOutcome;
import org.opendoors.translation.domain.TranslationRefusedException;
import org.opendoors.translation.domain.UiMessage;
import org.opendoors.translation.domain.UiTranslationState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The translators' work on the UI bundles: a save is checked like the build checks the files (and guarded) and stored;
 * it reaches family pages once another translator or a publisher has reviewed it (the message catalog gets the new
 * text, the published-page cache is emptied); texts reviewed before a restart are laid over the shipped bundles when
 * the portal starts.
 */
@ApplicationScoped
public class UiTranslations {

    private static final Logger LOG = Logger.getLogger(UiTranslations.class.getName());
    private static final Role[] TRANSLATING_ROLES = {Role.TRANSLATOR, Role.PUBLISHER, Role.ADMIN};

    @Inject
    private UiTranslationStore store;
    @Inject
    private Messages messages;
    @Inject
    private Event<UiTextsSaved> saved;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private UiTextGuard guard;

    private final ShippedBundles shipped = ShippedBundles.fromClasspath(UiTranslations.class.getClassLoader());
    private volatile TranslatedBundles bundles;

    /** After PortalStartup (default priority) has migrated the schema, so the table is there to read. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class)
                 Object applicationStarted) {
        refresh();
        LOG.info(() -> "UI texts saved by translators: " + bundles.liveOverrides().values().stream().mapToInt(Map::size).sum()
                + " live over the shipped bundles");
    }

    public TranslatedBundles bundles() {
        TranslatedBundles current = bundles;
        return current != null ? current : refresh();
    }

    /**
     * Checks the text against the English source and stores it when no check finds an error. Saving a stale text
     * unchanged confirms it against today's English source, as {@code confirm-i18n} does for the files.
     */
    public SaveOutcome save(SupportedLanguage language, String key, String text) {
        currentUser.require("editTranslations", TRANSLATING_ROLES);
        String normalized = normalize(text);
        List<BundleFinding> findings = check(language, key, normalized);
        if (findings.stream().anyMatch(BundleFinding::isError)) {
            return new SaveOutcome(false, findings);
        }
        long revision = store.save(language, key, normalized, BundleChecker.fingerprint(sourceOf(language, key)),
                currentUser.name());
        publish("translation of " + key + " in " + language.tag(), revision);
        return new SaveOutcome(true, findings);
    }

    /**
     * Saves several texts of a language at once (a translator's XLIFF upload), each checked as {@link #save} checks
     * it: all are stored, in one transaction, or none when any check finds an error — the outcome then has every
     * text's findings. Each waits for review like a typed text.
     */
    public SaveOutcome saveAll(SupportedLanguage language, Map<String, String> texts) {
        currentUser.require("editTranslations", TRANSLATING_ROLES);
        Map<String, UiTranslationStore.Text> checked = new LinkedHashMap<>();
        List<BundleFinding> findings = new ArrayList<>();
        texts.forEach((key, text) -> {
            String normalized = normalize(text);
            findings.addAll(check(language, key, normalized));
            checked.put(key, new UiTranslationStore.Text(normalized, BundleChecker.fingerprint(sourceOf(language, key))));
        });
        if (findings.stream().anyMatch(BundleFinding::isError)) {
            return new SaveOutcome(false, findings);
        }
        if (!checked.isEmpty()) {
            long revision = store.saveAll(language, checked, currentUser.name());
            publish(checked.size() + " translations in " + language.tag(), revision);
        }
        return new SaveOutcome(true, findings);
    }

    /**
     * What a save of the text would be told: the checks the build runs on the bundles and, when they find no
     * error, the content guard (a text that is not even a message is not worth guarding).
     */
    public List<BundleFinding> check(SupportedLanguage language, String key, String text) {
        return check(guard, language, key, shipped.context(key), sourceOf(language, key), text);
    }

    static List<BundleFinding> check(UiTextGuard guard, SupportedLanguage language, String key, String context,
                                     String source, String text) {
        List<BundleFinding> findings = new ArrayList<>(BundleChecker.checkTranslation(language, key, source, text));
        if (findings.stream().noneMatch(BundleFinding::isError)) {
            findings.addAll(guard.check(language, key, context, source, text));
        }
        return findings;
    }

    /** Browsers send a textarea's line breaks as CR LF; the bundles use LF. */
    private static String normalize(String text) {
        return text == null ? "" : text.replace("\r\n", "\n");
    }

    /** A translated text becomes reviewed; the reviewer must be someone other than its translator. */
    public void markReviewed(SupportedLanguage language, String key, String reviewedText) {
        currentUser.require("reviewTranslations", TRANSLATING_ROLES);
        UiMessage message = bundles().message(language, key).orElseThrow(() -> unknown(key));
        if (message.state() != UiTranslationState.TRANSLATED) {
            throw new TranslationRefusedException("Only a translated text waiting for review can be marked reviewed; "
                    + key + " is " + message.state().code() + ".");
        }
        String reviewer = currentUser.name();
        if (reviewer.equals(message.translatedBy())) {
            throw new TranslationRefusedException("You translated " + key
                    + " yourself: another translator reviews it, so that two people have read every text.");
        }
        long revision = store.review(language, key, reviewedText, reviewer);
        publish("review of " + key + " in " + language.tag(), revision);
    }

    /** The {@code i18n/} folder with every saved text written in, as a zip ready to unpack over the repository's. */
    public byte[] download() {
        currentUser.require("downloadTranslations", TRANSLATING_ROLES);
        return bundles().zip();
    }

    private String sourceOf(SupportedLanguage language, String key) {
        if (language == MessageCatalog.SOURCE) {
            throw new TranslationRefusedException("English is the source language: its texts change in the repository's "
                    + "i18n/messages.properties, not here.");
        }
        return shipped.sourceText(key).orElseThrow(() -> unknown(key));
    }

    private static TranslationRefusedException unknown(String key) {
        return new TranslationRefusedException("The English source has no message " + key + ".");
    }

    private void publish(String reason, long revision) {
        refresh();
        // Family pages are cached until content is published; a new UI text is such a change.
        saved.fire(new UiTextsSaved(reason, revision));
    }

    /**
     * Reads every saved text again: another node saved or reviewed one. Serialized, so that the last snapshot taken
     * is never older than the last save.
     */
    public synchronized TranslatedBundles refresh() {
        TranslatedBundles fresh = new TranslatedBundles(shipped, store.all());
        messages.overlay(fresh.liveOverrides());
        bundles = fresh;
        return fresh;
    }
}
