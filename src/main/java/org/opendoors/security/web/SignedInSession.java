package org.opendoors.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import org.opendoors.security.domain.SignedInStaff;
import org.opendoors.security.domain.StaffUser;
import org.opendoors.security.service.StaffSignIns;

/**
 * Keeps the current session signed in when its own account changed through it: a member of staff who changes their
 * own password, or an admin who changes their own roles, goes on working, while the account's other sessions end.
 */
@RequestScoped
public class SignedInSession {

    @Inject
    private ExternalContext external;
    @Inject
    private StaffSignIns signIns;

    /** Follows the change when {@code changed} is the account of this session; does nothing otherwise. */
    public void follow(StaffUser changed) {
        Object current = external.getSessionMap().get(SignedInStaff.SESSION_ATTRIBUTE);
        if (current instanceof SignedInStaff staff && staff.username().equals(changed.getUsername())) {
            SignedInStaff now = SignedInStaff.of(changed);
            external.getSessionMap().put(SignedInStaff.SESSION_ATTRIBUTE, now);
            // The sign-in other nodes would resume follows too, or they would take it for another account's.
            if (external.getSessionMap().get(StaffAuthenticationMechanism.SIGN_IN_TOKEN) instanceof String token) {
                signIns.follow(token, now);
            }
        }
    }
}
