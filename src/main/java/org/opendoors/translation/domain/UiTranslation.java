package org.opendoors.translation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A translator's text for one UI string in one language, saved in the back office. Once another translator or a
 * publisher has reviewed it, it overrides the shipped bundle's text for that key. It remembers the English text it
 * was made from (by fingerprint) so that a later change of the English source makes it stale, exactly as the sidecar
 * does for the files.
 */
@Entity
@Table(name = "ui_translation")
@IdClass(UiTranslation.Key.class)
public class UiTranslation {

    /** The database stores the state in words; only these two are ever stored (missing and stale are derived). */
    public static final String TRANSLATED = "translated";
    public static final String REVIEWED = "reviewed";

    @Id
    @Column(name = "language", length = 16)
    private String language;

    @Id
    @Column(name = "message_key", length = 200)
    private String messageKey;

    @Column(name = "message_text", nullable = false, length = 20000)
    private String text;

    @Column(name = "source_fingerprint", nullable = false, length = 16)
    private String sourceFingerprint;

    @Column(name = "state", nullable = false, length = 12)
    private String state;

    @Column(name = "translated_by", nullable = false, length = 60)
    private String translatedBy;

    @Column(name = "translated_at", nullable = false)
    private Instant translatedAt;

    @Column(name = "reviewed_by", length = 60)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    /** What families see while this text waits for review: the text reviewed before it, or null for the shipped one. */
    @Column(name = "live_text", length = 20000)
    private String liveText;

    @Column(name = "live_fingerprint", length = 16)
    private String liveFingerprint;

    protected UiTranslation() {
    }

    public UiTranslation(String language, String key, String text, String sourceFingerprint, String translatedBy,
                         Instant translatedAt) {
        this.language = language;
        this.messageKey = key;
        this.state = TRANSLATED;
        update(text, sourceFingerprint, translatedBy, translatedAt);
    }

    /**
     * A new text (or the same text confirmed against the current English): translated again, waiting for review.
     * Families keep the reviewed text meanwhile.
     */
    public void update(String newText, String newSourceFingerprint, String by, Instant at) {
        if (isReviewed()) {
            this.liveText = this.text;
            this.liveFingerprint = this.sourceFingerprint;
        }
        this.text = Objects.requireNonNull(newText);
        this.sourceFingerprint = Objects.requireNonNull(newSourceFingerprint);
        this.translatedBy = Objects.requireNonNull(by);
        this.translatedAt = Objects.requireNonNull(at);
        this.state = TRANSLATED;
        this.reviewedBy = null;
        this.reviewedAt = null;
    }

    public void review(String by, Instant at) {
        this.liveText = null;
        this.liveFingerprint = null;
        this.state = REVIEWED;
        this.reviewedBy = Objects.requireNonNull(by);
        this.reviewedAt = Objects.requireNonNull(at);
    }

    public String getLanguage() {
        return language;
    }

    public String getKey() {
        return messageKey;
    }

    public String getText() {
        return text;
    }

    public String getSourceFingerprint() {
        return sourceFingerprint;
    }

    public boolean isReviewed() {
        return REVIEWED.equals(state);
    }

    /** The text families see for this key: this one once reviewed, else the one reviewed before (empty: the shipped one). */
    public java.util.Optional<String> liveText() {
        return java.util.Optional.ofNullable(isReviewed() ? text : liveText);
    }

    /** The English text {@link #liveText()} was made from. */
    public java.util.Optional<String> liveFingerprint() {
        return java.util.Optional.ofNullable(isReviewed() ? sourceFingerprint : liveFingerprint);
    }

    public String getTranslatedBy() {
        return translatedBy;
    }

    public Instant getTranslatedAt() {
        return translatedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    /** The composite key: one row per language and message key. */
    public static class Key implements Serializable {
        private String language;
        private String messageKey;

        public Key() {
        }

        public Key(String language, String messageKey) {
            this.language = language;
            this.messageKey = messageKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(language, that.language) && Objects.equals(messageKey, that.messageKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(language, messageKey);
        }
    }
}
