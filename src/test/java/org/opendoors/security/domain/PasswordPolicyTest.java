package org.opendoors.security.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static Optional<String> problem(String password) {
        return PasswordPolicy.problemWith(password, "marta.vidal");
    }

    private static void assertRefused(String password, String because) {
        Optional<String> problem = problem(password);
        assertTrue(problem.isPresent(), "'" + password + "' should be refused");
        assertTrue(problem.get().contains(because), problem.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "PASSWORD1234!", "qwertyuiop12", "123456789012",
            "!!iloveyou2026", "1qaz2wsx3edc", "qwertyuiopasdfgh", "football123456", "Ｐａｓｓｗｏｒｄ１２３４"})
    void commonAndLeakedPasswordsAreRefusedHoweverTheyAreCasedOrPadded(String password) {
        assertRefused(password, "common and leaked");
    }

    @Test
    void theShippedListIsAWellKnownListNotAHandfulOfGuesses() {
        assertTrue(CommonPasswords.size() > 135_000, "entries: " + CommonPasswords.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void shortPasswordsAreRefused(String password) {
        assertRefused(password, "12 characters");
    }

    @Test
    void lengthIsCountedInCharactersAPersonSeesNotInUtf16Units() {
        // Six emoji are twelve UTF-16 units but six characters.
        assertRefused("🐱🐶🦊🐻🐼🐨", "12 characters");
    }

    @Test
    void overlongPasswordsAreRefusedBeforeAnythingElse() {
        assertRefused("x".repeat(10_000), "at most 200");
        assertRefused("a sentence I remember ".repeat(10), "at most 200");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\0\0\0\0\0\0\0\0\0\0\0\0", "correct horse\tbattery", "correct horse\nbattery",
            "correct\u202Ehorse battery", "zero\u200Bwidth joiner here", "lone \uD800 surrogate here", "bell\u0007 in the password"})
    void controlAndInvisibleCharactersAreRefused(String password) {
        assertRefused(password, "invisible or control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"montserrat.vidal", "Montserrat.Vidal", "montserrat.vidal2026", "2026montserrat.vidal!",
            "MONTSERRAT.VIDAL.123"})
    void theUserNameOrTheUserNameWithAFewCharactersAddedIsRefused(String password) {
        Optional<String> problem = PasswordPolicy.problemWith(password, "montserrat.vidal");
        assertTrue(problem.isPresent() && problem.get().contains("user name"), password + ": " + problem);
    }

    @Test
    void aLongSentenceThatMentionsTheUserNameIsAllowed() {
        assertEquals(Optional.empty(), problem("marta.vidal walks to the river every morning"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aaaaaaaaaaaaaaaa", "abababababababab", "            "})
    void repeatedCharactersAreRefused(String password) {
        assertTrue(problem(password).isPresent(), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the river crosses Vallmar twice", "Xk7pd-Hq3Lm-9TzRw-bN4aE", "el riu creua Vallmar dues vegades",
            "Ünïcödé is fine, thänks", "пароль из трёх слов", "كلمة سر طويلة جدا", "这是一个很长的中文密码句子",
            "پاس ورڈ ایک لمبا جملہ", "🐱🐶🦊🐻🐼🐨🐯🦁🐮🐷🐸🐵", "it-admin-password-2026"})
    void passphrasesInAnyScriptAreAllowed(String password) {
        assertEquals(Optional.empty(), problem(password), password);
    }

    @Test
    void foldingMakesCaseAndWidthTheSame() {
        assertEquals(PasswordPolicy.fold("password"), PasswordPolicy.fold("ＰＡＳＳＷＯＲＤ"));
    }

    @Test
    void theCoreIsWhatIsLeftBetweenTheFirstAndLastLetter() {
        assertEquals("password", PasswordPolicy.core("!!password1234"));
        assertEquals("pass word", PasswordPolicy.core("12pass word34"));
        assertEquals("", PasswordPolicy.core("123456789012"));
    }
}
