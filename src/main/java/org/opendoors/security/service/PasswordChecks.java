package org.opendoors.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.platform.persistence.DatabaseDefinition;
import org.opendoors.security.domain.PasswordPolicy;
import org.opendoors.security.domain.SignInThrottle;
import org.opendoors.security.persistence.DatabaseFailureLedger;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;

/**
 * The one way the portal checks a typed password against a stored hash, for whatever purpose: each check reserves
 * an attempt in the {@link SignInThrottle} every node shares before the slow hash runs, and every refusal — told to
 * wait, or wrong — is written to the audit log in a transaction of its own, with the account and the address.
 */
@ApplicationScoped
public class PasswordChecks {

    /** Why a password is being checked: names the audit entries of its refusals. */
    public enum Purpose {
        SIGN_IN("sign-in"),
        CURRENT_PASSWORD("password-change");

        private final String auditAction;

        Purpose(String auditAction) {
            this.auditAction = auditAction;
        }
    }

    /** What came of one check. */
    public sealed interface Outcome permits Right, Wrong, Wait {
    }

    public record Right() implements Outcome {
    }

    public record Wrong() implements Outcome {
    }

    /** Too many failures: the password was not checked at all. */
    public record Wait(Duration duration) implements Outcome {
    }

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    private DataSource dataSource;

    private SignInThrottle throttle;

    /** Failures counted where every node counts them: an account slowed down on one node is on all. */
    @PostConstruct
    void countInTheDatabase() {
        throttle = new SignInThrottle(Clock.systemUTC(), new DatabaseFailureLedger(dataSource));
    }

    @Inject
    private PasswordHashing hashing;
    @Inject
    private AuditLog audit;

    /**
     * Checks {@code password} against {@code storedHash} (null for an account that does not exist or may not sign in:
     * a decoy hash is checked instead, so the answer takes as long and says as little).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Outcome check(Purpose purpose, String account, String address, String password, String storedHash) {
        SignInThrottle.Attempt attempt = throttle.reserve(account, address);
        if (!attempt.allowed()) {
            audit.recordRefusalAs(account, purpose.auditAction + ".throttled", account,
                    "refused before checking the password: too many failures; wait " + attempt.waitFor().toSeconds() + " s");
            return new Wait(attempt.waitFor());
        }
        String typed = password == null ? "" : password;
        // A password longer than any that can be set cannot be right; it never reaches the hash.
        boolean right = typed.length() <= 2 * PasswordPolicy.MAXIMUM_LENGTH && hashing.verify(typed, storedHash)
                && storedHash != null;
        if (right) {
            attempt.succeeded();
            return new Right();
        }
        audit.recordRefusalAs(account, purpose.auditAction + ".failed", account, "wrong password");
        return new Wrong();
    }
}
