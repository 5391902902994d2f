package org.opendoors.translation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.platform.persistence.PublishedRevisions;
import org.opendoors.security.service.AuditLog;
import org.opendoors.translation.domain.TranslationRefusedException;
import org.opendoors.translation.domain.UiTranslation;
import org.opendoors.translation.domain.UiTranslationRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes translators' texts and reviews to the database, each with its audit entry in the same transaction: a
 * change that is rolled back leaves no entry saying it happened. Checks are the caller's ({@link UiTranslations}).
 */
@ApplicationScoped
public class UiTranslationStore {

    @Inject
    private UiTranslationRepository repository;
    @Inject
    private AuditLog audit;
    @Inject
    private PublishedRevisions revisions;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public List<UiTranslation> all() {
        return repository.all();
    }

    /** A checked text to store, with the fingerprint of the English text it was made from. */
    public record Text(String text, String sourceFingerprint) {
    }

    /** @return the published revision the save committed (families see the text once it is reviewed) */
    @Transactional(rollbackOn = Exception.class)
    public long save(SupportedLanguage language, String key, String text, String sourceFingerprint, String by) {
        long revision = revisions.advance();
        put(language, key, new Text(text, sourceFingerprint), by, Instant.now(clock));
        return revision;
    }

    /**
     * Stores several texts of a language in one transaction, as one published revision: all of them or, when
     * anything fails, none.
     *
     * @param texts key → checked text
     */
    @Transactional(rollbackOn = Exception.class)
    public long saveAll(SupportedLanguage language, Map<String, Text> texts, String by) {
        long revision = revisions.advance();
        Instant now = Instant.now(clock);
        texts.forEach((key, text) -> put(language, key, text, by, now));
        return revision;
    }

    private void put(SupportedLanguage language, String key, Text text, String by, Instant now) {
        Optional<UiTranslation> existing = repository.find(language.tag(), key);
        if (existing.isPresent()) {
            existing.get().update(text.text(), text.sourceFingerprint(), by, now);
        } else {
            repository.add(new UiTranslation(language.tag(), key, text.text(), text.sourceFingerprint(), by, now));
        }
        audit.record("translation.save", subject(language, key), text.text());
    }

    /**
     * Marks a saved text reviewed. Only the text the reviewer saw ({@code reviewedText}) is marked: if someone
     * saved another in the meantime, the review is refused rather than applied to words nobody reviewed. Counted as
     * a published revision: the reviewed text is what families see from now on, on every node.
     *
     * @return the published revision the review committed
     */
    @Transactional(rollbackOn = Exception.class)
    public long review(SupportedLanguage language, String key, String reviewedText, String by) {
        long revision = revisions.advance();
        UiTranslation translation = repository.find(language.tag(), key).orElseThrow(() ->
                new TranslationRefusedException("There is no saved translation of " + key + " to review."));
        if (!Objects.equals(translation.getText(), reviewedText)) {
            throw new TranslationRefusedException("Someone saved a new text for " + key
                    + " while you were reviewing: read the new text, then mark it reviewed.");
        }
        translation.review(by, Instant.now(clock));
        audit.record("translation.review", subject(language, key), "translated by " + translation.getTranslatedBy());
        return revision;
    }

    private static String subject(SupportedLanguage language, String key) {
        return "i18n/messages_" + language.tag() + ".properties " + key;
    }
}
