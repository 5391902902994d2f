package org.opendoors.security.service;

import org.opendoors.security.domain.SignedInStaff;

import java.time.Duration;

/** What came of a sign-in attempt, with what the form tells the person. */
public sealed interface SignInResult {

    record Accepted(SignedInStaff staff) implements SignInResult {
    }

    /** Wrong user name or password; which of the two is never said. */
    record Refused() implements SignInResult {
    }

    /** Too many failures for this account from this address (or in all): the password was not checked. */
    record Throttled(Duration waitFor) implements SignInResult {
    }

    /** The form itself is unusable (a user name longer than any account's); nothing was checked. */
    record Invalid(String message) implements SignInResult {
    }
}
