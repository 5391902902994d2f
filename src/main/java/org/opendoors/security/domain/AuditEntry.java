package org.opendoors.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One thing that happened in the back office: a sign-in, a save, a publish, a rollback, an import, a user change. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** The columns' sizes (V4__back_office.sql): whatever a caller or an attacker passes is cut to fit them. */
    static final int ACTOR_LENGTH = 60;
    static final int ACTION_LENGTH = 40;
    static final int SUBJECT_LENGTH = 300;
    static final int DETAIL_LENGTH = 2000;
    static final int ADDRESS_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 1)
    @Column(name = "id")
    private Long id;

    @Column(name = "at")
    private Instant at;

    @Column(name = "actor")
    private String actor;

    @Column(name = "action")
    private String action;

    @Column(name = "subject")
    private String subject;

    @Column(name = "detail")
    private String detail;

    @Column(name = "address")
    private String address;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String subject, String detail, String address) {
        this.at = at;
        this.actor = AuditText.bounded(actor, ACTOR_LENGTH);
        this.action = AuditText.bounded(action, ACTION_LENGTH);
        this.subject = AuditText.bounded(subject, SUBJECT_LENGTH);
        this.detail = AuditText.bounded(detail, DETAIL_LENGTH);
        this.address = AuditText.bounded(address, ADDRESS_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getAddress() {
        return address;
    }
}
