package org.partyregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Written by the platform's Pbkdf2PasswordHash (60,000 iterations, the former setting) for "Secret2026pw". */
    static final String PLATFORM_HASH =
            "PBKDF2WithHmacSHA256:60000:3cXkv/x1a5BNlm+Yjo3M9w==:ci9MAHxR/GYpnDDSjdDckk7eywPBc/goSYoed9i1K0s=";

    @Test
    @DisplayName("S4 600,000 iterations by default, written as algorithm:iterations:salt:key")
    void defaults() {
        assertThat(PasswordHasher.DEFAULT_ITERATIONS).isEqualTo(600_000);
        String hash = PasswordHasher.withIterations(2_000).hash("Secret2026pw");
        assertThat(hash).startsWith("PBKDF2WithHmacSHA256:2000:");
        assertThat(hash.split(":")).hasSize(4);
        assertThat(PasswordHasher.withIterations(2_000).hash("Secret2026pw")).as("a new salt each time")
                .isNotEqualTo(hash);
    }

    @Test
    @DisplayName("S4 the right password verifies, a wrong one or a malformed hash does not")
    void verify() {
        PasswordHasher hasher = PasswordHasher.withIterations(2_000);
        String hash = hasher.hash("Secret2026pw");
        assertThat(hasher.verify("Secret2026pw", hash)).isTrue();
        assertThat(hasher.verify("Secret2026pX", hash)).isFalse();
        assertThat(hasher.verify("Secret2026pw", "garbage")).isFalse();
        assertThat(hasher.verify("Secret2026pw", null)).isFalse();
        assertThat(hasher.verify("Secret2026pw", PLATFORM_HASH)).as("a hash the platform wrote before").isTrue();
        assertThat(hasher.verify("Secret2026pX", PLATFORM_HASH)).isFalse();
    }

    @Test
    @DisplayName("S4 a hash with fewer iterations than configured is replaced at sign-in; an equal or stronger one is not")
    void rehash() {
        PasswordHasher strong = PasswordHasher.withIterations(600_000);
        assertThat(strong.needsRehash(PLATFORM_HASH)).isTrue();
        assertThat(strong.needsRehash("PBKDF2WithHmacSHA256:600000:c2FsdHNhbHRzYWx0c2FsdA==:"
                + "a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=")).isFalse();
        assertThat(strong.needsRehash("PBKDF2WithHmacSHA1:600000:c2FsdHNhbHRzYWx0c2FsdA==:"
                + "a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=")).as("another algorithm").isTrue();
        assertThat(strong.needsRehash("garbage")).isTrue();
        assertThat(PasswordHasher.withIterations(60_000).needsRehash(PLATFORM_HASH)).isFalse();
    }
}
