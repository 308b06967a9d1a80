package org.kaocheng.platform.security;

import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Argon2id hashing through Shiro's password service (the shiro-hashes-argon2 module). */
public final class Passwords {

    private static final PasswordService SERVICE = new DefaultPasswordService();

    private Passwords() {}

    public static PasswordService service() {
        return SERVICE;
    }

    public static String hash(String plain) {
        return SERVICE.encryptPassword(plain);
    }

    public static boolean matches(String plain, String hash) {
        return hash != null && SERVICE.passwordsMatch(plain, hash);
    }
}
