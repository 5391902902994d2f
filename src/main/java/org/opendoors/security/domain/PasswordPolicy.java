package org.opendoors.security.domain;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

import java.util.Optional;

/**
 * What a new back-office password must be (OWASP ASVS 2.1, NIST SP 800-63B 5.1.1.2): long enough, any characters a
 * person can type in any script (spaces and emoji welcome), nothing invisible, not based on the user name, and not a
 * password that is known to be common or to have leaked. No composition rules ("one digit, one capital"): they make
 * passwords harder to remember, not harder to guess.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    /** A long passphrase fits; a megabyte does not reach the hash. */
    public static final int MAXIMUM_LENGTH = 200;
    /** Fewer different characters than this is a run ("aaaaaaaaaaaa", "121212121212"), however long. */
    static final int MINIMUM_DIFFERENT_CHARACTERS = 5;
    /** What may be left of a password once the user name is taken out, for it not to count as based on the name. */
    static final int MINIMUM_LENGTH_BESIDE_USERNAME = 8;

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private PasswordPolicy() {
    }

    /** Why this password cannot be used by this account, or empty when it can. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Please type a password of at least " + MINIMUM_LENGTH + " characters.");
        }
        if (password.length() > 2 * MAXIMUM_LENGTH) {
            return Optional.of(tooLong());
        }
        Optional<String> invisible = invisibleCharacter(password);
        if (invisible.isPresent()) {
            return invisible;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MINIMUM_LENGTH) {
            return Optional.of("A password needs at least " + MINIMUM_LENGTH + " characters (this one has " + length
                    + "); a sentence you remember works well.");
        }
        if (length > MAXIMUM_LENGTH) {
            return Optional.of(tooLong());
        }
        if (password.isBlank()) {
            return Optional.of("A password cannot be only spaces.");
        }
        if (password.codePoints().distinct().count() < MINIMUM_DIFFERENT_CHARACTERS) {
            return Optional.of("This password repeats a few characters; choose one that is harder to guess, "
                    + "for example a sentence you remember.");
        }
        String folded = fold(password);
        if (basedOnUsername(folded, username)) {
            return Optional.of("A password cannot be your user name, or your user name with a few characters added.");
        }
        if (CommonPasswords.contains(folded) || CommonPasswords.contains(core(folded))) {
            return Optional.of("This password is on a list of common and leaked passwords that attackers try first. "
                    + "Please choose another one, for example a sentence only you would say.");
        }
        return Optional.empty();
    }

    /**
     * Case, width and compatibility forms folded away (ICU NFKC and case folding), so "PASSWORD1234", "Password1234"
     * and its full-width form are the same password to every comparison here.
     */
    public static String fold(String text) {
        return NFKC.normalize(UCharacter.foldCase(NFKC.normalize(text), UCharacter.FOLD_CASE_DEFAULT));
    }

    /** The password with the digits, spaces and symbols before and after its letters taken away: "password" of "!password1234". */
    static String core(String folded) {
        int start = 0;
        int end = folded.length();
        while (start < end && !Character.isLetter(folded.codePointAt(start))) {
            start += Character.charCount(folded.codePointAt(start));
        }
        while (end > start && !Character.isLetter(folded.codePointBefore(end))) {
            end -= Character.charCount(folded.codePointBefore(end));
        }
        return folded.substring(start, end);
    }

    private static boolean basedOnUsername(String folded, String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String name = fold(username.strip());
        return folded.equals(name) || folded.contains(name)
                && folded.length() - name.length() < MINIMUM_LENGTH_BESIDE_USERNAME;
    }

    /**
     * Control characters (NUL, tab, new line), invisible formatting (zero-width joiners, right-to-left overrides),
     * lone surrogates and unassigned code points: they cannot be typed reliably again, or hide what was typed.
     */
    private static Optional<String> invisibleCharacter(String password) {
        for (int i = 0; i < password.length(); ) {
            int codePoint = password.codePointAt(i);
            int type = UCharacter.getType(codePoint);
            if (type == UCharacterCategory.CONTROL || type == UCharacterCategory.FORMAT
                    || type == UCharacterCategory.SURROGATE || type == UCharacterCategory.UNASSIGNED
                    || type == UCharacterCategory.LINE_SEPARATOR || type == UCharacterCategory.PARAGRAPH_SEPARATOR) {
                return Optional.of("A password cannot contain invisible or control characters (such as U+"
                        + String.format("%04X", codePoint) + "); use letters, digits, spaces and symbols.");
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    private static String tooLong() {
        return "A password can have at most " + MAXIMUM_LENGTH + " characters.";
    }
}
