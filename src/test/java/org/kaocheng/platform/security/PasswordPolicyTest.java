package org.kaocheng.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void tenCharactersFromThreeClassesPass() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("abcdefgH1x", "user"));
        assertEquals(Optional.empty(), PasswordPolicy.violation("abcdefgh1!", "user"), "lower, digit, other");
        assertEquals(
                Optional.empty(),
                PasswordPolicy.violation("政务公开Abc123", "user"),
                "10 characters; Chinese counts as other");
    }

    @Test
    void shortOrSimplePasswordsAreRefusedWithTheRuleTheyBreak() {
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation("Ab1!Ab1!a", "user"), "9 characters");
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.violation(null, "user"));
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.violation("abcdefghij1", "user"), "two classes");
        assertEquals(Optional.of("password.tooSimple"), PasswordPolicy.violation("ABCDEFGHIJK", "user"));
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.violation("Operator#2026", "operator"));
    }

    @Test
    void argon2HashesVerifyAndAreSalted() {
        String a = Passwords.hash("Kaocheng@2026");
        String b = Passwords.hash("Kaocheng@2026");
        assertTrue(a.startsWith("$shiro2$argon2id$"), a);
        assertTrue(!a.equals(b), "a fresh salt per hash");
        assertTrue(Passwords.matches("Kaocheng@2026", a));
        assertTrue(!Passwords.matches("Kaocheng@2027", a));
    }
}
