package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.platform.startup.BadConfiguration;
import org.opendoors.security.domain.PasswordPolicy;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes sure a fresh portal can be run without a fixed default password: the first admin's password comes from
 * {@code OPENDOORS_ADMIN_PASSWORD}, or is drawn at random and printed once, at the start that creates it.
 */
@ApplicationScoped
public class FirstAdmin {

    public static final String PASSWORD_VARIABLE = "OPENDOORS_ADMIN_PASSWORD";
    public static final String USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    /** No 0/O or 1/l/I: the password is read off a log by a person. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    @Inject
    private StaffDirectory staff;

    /** There is no account yet: this start creates the first admin. */
    public boolean isNeeded() {
        return staff.isEmpty();
    }

    /**
     * Refuses a password in {@code OPENDOORS_ADMIN_PASSWORD} that the first admin could not be given (the password
     * policy applies): a portal must not come up with a guessable admin password. Start-up calls this before it
     * changes anything, and stops on the {@link BadConfiguration}.
     */
    public static void requireUsablePassword() {
        String configured = System.getenv(PASSWORD_VARIABLE);
        if (configured != null && !configured.isEmpty()) {
            Optional<String> problem = PasswordPolicy.problemWith(configured, USERNAME);
            if (problem.isPresent()) {
                throw new BadConfiguration(PASSWORD_VARIABLE, "The first admin's password cannot be used: " + problem.get(),
                        "Set another one, or unset it to have a password generated and printed once in the log.");
            }
        }
    }

    public void ensureOne() {
        if (!staff.isEmpty()) {
            return;
        }
        String configured = System.getenv(PASSWORD_VARIABLE);
        if (configured != null && !configured.isEmpty()) {
            requireUsablePassword();
            staff.createFirstAdmin(USERNAME, configured);
            LOG.info(() -> "Created the back office account '" + USERNAME + "' with the password from " + PASSWORD_VARIABLE);
        } else {
            String generated = randomPassword();
            staff.createFirstAdmin(USERNAME, generated);
            LOG.warning("Created the back office account '" + USERNAME + "' with the password  " + generated
                    + "  (shown this once; sign in at /admin and change it, or set " + PASSWORD_VARIABLE
                    + " before the first start)");
        }
    }

    /** Twenty letters and digits from a secure random source, checked against the policy like any other. */
    static String randomPassword() {
        String password;
        do {
            password = randomCharacters();
        } while (PasswordPolicy.problemWith(password, USERNAME).isPresent());
        return password;
    }

    private static String randomCharacters() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
