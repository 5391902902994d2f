package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import org.opendoors.platform.web.ClientAddress;
import org.opendoors.security.domain.AuditEntry;
import org.opendoors.security.persistence.StaffRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes down who did what in the back office, and from where. An entry joins the caller's transaction, so a save
 * that is rolled back leaves no entry claiming it happened; a refusal is written in a transaction of its own, so it
 * stays even when the caller's transaction is rolled back because of it.
 */
@ApplicationScoped
public class AuditLog {

    public static final String SYSTEM = "system";
    /** The actor of a refusal when nobody is signed in and no account was named. */
    public static final String ANONYMOUS = "anonymous";

    @Inject
    private StaffRepository repository;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private HttpServletRequest request;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public void record(String action, String subject, String detail) {
        recordAs(currentUser.nameOr(SYSTEM), action, subject, detail);
    }

    /**
     * Records something the back office refused (a save, an import, an action the person's roles do not allow), by
     * the signed-in person and from their address, committed at once whatever becomes of the caller's transaction:
     * the refused action is usually rolled back, and its refusal must not be rolled back with it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String action, String subject, String detail) {
        recordAs(currentUser.nameOr(SYSTEM), action, subject, detail);
    }

    /** For events where nobody is signed in yet: a sign-in attempt names the account it tried. */
    @Transactional
    public void recordAs(String actor, String action, String subject, String detail) {
        repository.add(new AuditEntry(Instant.now(clock), actor, action, subject, detail, address()));
    }

    /** A refusal by someone who is not signed in, or not yet: a sign-in attempt names the account it tried. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusalAs(String actor, String action, String subject, String detail) {
        repository.add(new AuditEntry(Instant.now(clock), actor, action, subject, detail, address()));
    }

    @Transactional
    public List<AuditEntry> latest(String filter, int limit) {
        return repository.latestAudit(filter, limit);
    }

    private String address() {
        try {
            return ClientAddress.of(request);
        } catch (ContextNotActiveException | IllegalStateException | NullPointerException outsideRequest) {
            return "-";
        }
    }
}
