package org.opendoors.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * The server's PBKDF2 password hash with today's parameters. The stored hash names its own algorithm, iterations
 * and salt, so raising the cost later still verifies older hashes.
 */
@ApplicationScoped
public class PasswordHashing {

    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA512: about 0.2 s per check on the 2-core test machine. */
    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64");

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Checked against when an account does not exist, so a wrong name costs as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(PARAMETERS);
        decoy = hash.generate("not a password of anyone".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    /**
     * Called only by {@link PasswordChecks}, so that every check — sign-in, the account page, anything
     * later — is throttled the same way before this slow hash runs.
     */
    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash == null ? decoy : storedHash);
    }
}
