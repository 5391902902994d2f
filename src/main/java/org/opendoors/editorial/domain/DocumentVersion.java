package org.opendoors.editorial.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One saved version of a content file, never changed afterwards: who saved what, when, and why. */
@Entity
@Table(name = "document_version")
@IdClass(DocumentVersion.Key.class)
public class DocumentVersion {

    @Id
    @Column(name = "path")
    private String path;

    @Id
    @Column(name = "number")
    private int number;

    @Column(name = "body")
    private String body;

    @Column(name = "saved_by")
    private String savedBy;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "note")
    private String note;

    @Column(name = "based_on_source")
    private Integer basedOnSource;

    protected DocumentVersion() {
    }

    public DocumentVersion(String path, int number, String body, String savedBy, Instant savedAt, String note,
                           Integer basedOnSource) {
        this.path = path;
        this.number = number;
        this.body = body;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.note = note == null ? "" : note.length() > 500 ? note.substring(0, 499) + "…" : note;
        this.basedOnSource = basedOnSource;
    }

    public String getPath() {
        return path;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getNote() {
        return note;
    }

    /** For a translation: the version of the source-language file it was made from. */
    public Integer getBasedOnSource() {
        return basedOnSource;
    }

    public static class Key implements Serializable {
        private String path;
        private int number;

        public Key() {
        }

        public Key(String path, int number) {
            this.path = path;
            this.number = number;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.number == number && Objects.equals(key.path, path);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, number);
        }
    }
}
