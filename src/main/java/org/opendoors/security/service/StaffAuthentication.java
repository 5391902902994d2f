package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.security.domain.SignedInStaff;
import org.opendoors.security.domain.StaffUser;

import java.util.Optional;

/**
 * Signs staff in, and tells on every back-office request whether a session's account is still the one that
 * signed in: not switched off, same roles, same password (see {@link SignedInStaff}).
 */
@ApplicationScoped
public class StaffAuthentication {

    @Inject
    private StaffDirectory directory;
    @Inject
    private PasswordChecks passwords;
    @Inject
    private AuditLog audit;

    /**
     * Checks a user name and password from {@code address}, throttled and audited. Holds no database connection while
     * the hash runs: a burst of attempts must not empty the pool the back office needs.
     */
    public SignInResult signIn(String username, String password, String address) {
        String name = username == null ? "" : username.strip();
        if (name.length() > StaffUser.USERNAME_LENGTH) {
            audit.recordRefusalAs(name, "sign-in.refused", name, "user name of " + name.length()
                    + " characters, longer than any account's");
            return new SignInResult.Invalid("A user name has at most " + StaffUser.USERNAME_LENGTH
                    + " characters. Please check what you typed.");
        }
        Optional<StaffUser> user = directory.find(name).filter(StaffUser::isActive);
        PasswordChecks.Outcome outcome = passwords.check(PasswordChecks.Purpose.SIGN_IN, name, address, password,
                user.map(StaffUser::getPasswordHash).orElse(null));
        if (outcome instanceof PasswordChecks.Wait wait) {
            return new SignInResult.Throttled(wait.duration());
        }
        if (outcome instanceof PasswordChecks.Right && user.isPresent()) {
            audit.recordAs(name, "sign-in", name, "signed in");
            return new SignInResult.Accepted(SignedInStaff.of(user.get()));
        }
        return new SignInResult.Refused();
    }

    /**
     * Whether the account is still as it was when this session signed in. One lookup by primary key; when the answer
     * is no, the session's end is written to the audit log.
     */
    public boolean stillValid(SignedInStaff staff) {
        boolean valid = directory.activeSecurityStamp(staff.username()).map(staff.securityStamp()::equals).orElse(false);
        if (!valid) {
            audit.recordRefusalAs(staff.username(), "session.ended", staff.username(),
                    "the account was switched off, or its roles or password changed, since this session signed in");
        }
        return valid;
    }

    /**
     * Checks the signed-in person's current password before a change to their own account, with the same throttle
     * as signing in. The proof it returns is what {@link StaffDirectory#changeOwnPassword} asks for.
     */
    public Optional<PasswordConfirmation> confirmPassword(String username, String password, String address)
            throws ThrottledException {
        Optional<StaffUser> user = directory.find(username).filter(StaffUser::isActive);
        PasswordChecks.Outcome outcome = passwords.check(PasswordChecks.Purpose.CURRENT_PASSWORD, username, address,
                password, user.map(StaffUser::getPasswordHash).orElse(null));
        if (outcome instanceof PasswordChecks.Wait wait) {
            throw new ThrottledException(wait.duration());
        }
        return outcome instanceof PasswordChecks.Right && user.isPresent()
                ? Optional.of(new PasswordConfirmation(username, user.get().getSecurityStamp()))
                : Optional.empty();
    }
}
