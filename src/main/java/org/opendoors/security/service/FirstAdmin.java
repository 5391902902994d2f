package org.opendoors.security.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.platform.startup.BadConfiguration;

import java.security.SecureRandom;
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
     * Refuses a password in {@code OPENDOORS_ADMIN_PASSWORD} that the first admin could not be given. Start-up calls
     * this before it changes anything, and stops on the {@link BadConfiguration}.
     */
    public static void requireUsablePassword() {
        String configured = System.getenv(PASSWORD_VARIABLE);
        if (configured != null && !configured.isEmpty()) {
            String problem = PasswordHashing.problemWith(configured);
            if (problem != null) {
                throw new BadConfiguration(PASSWORD_VARIABLE, "The first admin's password cannot be used: " + problem,
                        "Choose a longer one, or unset it to have a password generated and printed once in the log.");
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

    static String randomPassword() {
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
