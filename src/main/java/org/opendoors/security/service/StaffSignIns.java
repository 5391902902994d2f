package org.opendoors.security.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.opendoors.platform.persistence.DatabaseDefinition;
import org.opendoors.security.domain.SignedInStaff;
import org.opendoors.security.persistence.SignInRecords;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Sign-ins that outlive the node they were made on. A sign-in gets a random token (256 bits) for the browser's
 * cookie; the database keeps its SHA-256, never the token. Any node can then resume it (the member of staff's next
 * request after their node stopped), for as long as the browser comes back within {@link #IDLE_LIMIT}, the
 * back office's session timeout. Whether the account still is what signed in is checked by the caller, as on every
 * request ({@link StaffAuthentication#stillValid}).
 */
@ApplicationScoped
public class StaffSignIns {

    /** A sign-in unused this long ends, like a session (web.xml: 30 minutes). */
    public static final Duration IDLE_LIMIT = Duration.ofMinutes(30);
    /** How often a sign-in in use tells the database it is: a write a minute per member of staff at most. */
    public static final Duration SEEN_EVERY = Duration.ofMinutes(1);
    private static final int TOKEN_BYTES = 32;
    private static final int LONGEST_TOKEN = 64;

    private final SecureRandom random = new SecureRandom();
    private Clock clock = Clock.systemUTC();
    private SignInRecords records;

    @Resource(lookup = DatabaseDefinition.JNDI_NAME)
    private DataSource dataSource;

    /** For the container. */
    protected StaffSignIns() {
    }

    /** Outside a container. */
    StaffSignIns(SignInRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @PostConstruct
    void keepThemInTheDatabase() {
        records = new SignInRecords(dataSource);
    }

    /** Keeps a new sign-in of {@code staff}; the token for the browser's cookie. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public String open(SignedInStaff staff) {
        long now = clock.millis();
        records.removeUnseenSince(now - IDLE_LIMIT.toMillis());
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        records.add(hash(token), staff, now);
        return token;
    }

    /**
     * Who signed in with {@code token}, if that sign-in is kept and was used within {@link #IDLE_LIMIT}; empty for a
     * token that is unknown, ended, idle too long or not even shaped like one of ours.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<SignedInStaff> resume(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        long now = clock.millis();
        String hash = hash(token);
        Optional<SignInRecords.Kept> kept = records.find(hash);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        if (kept.get().lastSeenAtMs() < now - IDLE_LIMIT.toMillis()) {
            records.remove(hash);
            return Optional.empty();
        }
        records.seen(hash, now);
        return Optional.of(kept.get().staff());
    }

    /** Whether the sign-in is still kept: one that was signed out on any node, or ended there, is not. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean isOpen(String token) {
        return wellFormed(token) && records.find(hash(token)).isPresent();
    }

    /** Tells the database the sign-in is in use, if it was last told more than {@link #SEEN_EVERY} before {@code now}. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long seen(String token, long lastToldMs) {
        long now = clock.millis();
        if (wellFormed(token) && now - lastToldMs >= SEEN_EVERY.toMillis()) {
            records.seen(hash(token), now);
            return now;
        }
        return lastToldMs;
    }

    /** The sign-in now stands for {@code staff}: its own account was changed through it. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void follow(String token, SignedInStaff staff) {
        if (wellFormed(token)) {
            records.replace(hash(token), staff);
        }
    }

    /** Ends the sign-in: signed out, or its account is no longer what signed in. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void close(String token) {
        if (wellFormed(token)) {
            records.remove(hash(token));
        }
    }

    public long now() {
        return clock.millis();
    }

    private static boolean wellFormed(String token) {
        if (token == null || token.isEmpty() || token.length() > LONGEST_TOKEN) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
