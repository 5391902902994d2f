package org.opendoors.security.service;

/**
 * Proof that the signed-in person has just typed their current password (made only by
 * {@link StaffAuthentication#confirmPassword}), for the account as it was then (its security stamp).
 */
public final class PasswordConfirmation {

    private final String username;
    private final String securityStamp;

    PasswordConfirmation(String username, String securityStamp) {
        this.username = username;
        this.securityStamp = securityStamp;
    }

    String username() {
        return username;
    }

    String securityStamp() {
        return securityStamp;
    }
}
