package org.partyregistry.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partyregistry.platform.Settings;

/**
 * PBKDF2 with HMAC-SHA256 from the JDK (rule S4), stored as {@code algorithm:iterations:salt:hash} (Base64), the
 * encoding of the platform's {@code Pbkdf2PasswordHash}, so hashes written before stay readable. New hashes use
 * {@value #DEFAULT_ITERATIONS} iterations unless {@code REGISTRY_PASSWORD_ITERATIONS} says otherwise; a stored hash
 * with fewer iterations is replaced at the next successful sign-in ({@link #needsRehash}).
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int DEFAULT_ITERATIONS = 600_000;
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private int iterations;
    private String dummy;

    @Inject
    @ConfigProperty(name = Settings.PASSWORD_ITERATIONS, defaultValue = "" + DEFAULT_ITERATIONS)
    int configuredIterations;

    @PostConstruct
    void configure() {
        configure(configuredIterations);
    }

    private void configure(int count) {
        if (count < 1) {
            throw new IllegalArgumentException(Settings.PASSWORD_ITERATIONS + " must be positive: " + count);
        }
        this.iterations = count;
        this.dummy = hash("timing-equaliser-1");
    }

    /** A hasher outside the container (tests, tools). */
    public static PasswordHasher withIterations(int iterations) {
        PasswordHasher hasher = new PasswordHasher();
        hasher.configure(iterations);
        return hasher;
    }

    public int iterations() {
        return iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(ALGORITHM, password, salt, iterations, KEY_BYTES);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    }

    public boolean verify(String password, String stored) {
        Encoded encoded = Encoded.parse(stored);
        if (encoded == null) {
            verifyNothing(password);
            return false;
        }
        byte[] key = derive(encoded.algorithm(), password, encoded.salt(), encoded.iterations(), encoded.key().length);
        return MessageDigest.isEqual(key, encoded.key());
    }

    /** Spends the time of a verification when there is no account, so timing does not reveal usernames. */
    public void verifyNothing(String password) {
        verify(password, dummy);
    }

    /** True when the stored hash is weaker than what this hasher writes (another algorithm, fewer iterations). */
    public boolean needsRehash(String stored) {
        Encoded encoded = Encoded.parse(stored);
        return encoded == null || !ALGORITHM.equals(encoded.algorithm()) || encoded.iterations() < iterations
                || encoded.key().length < KEY_BYTES;
    }

    private static byte[] derive(String algorithm, String password, byte[] salt, int iterations, int keyBytes) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available: " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }

    private record Encoded(String algorithm, int iterations, byte[] salt, byte[] key) {

        static Encoded parse(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split(":");
            if (parts.length != 4 || !parts[0].startsWith("PBKDF2WithHmac")) {
                return null;
            }
            try {
                int count = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] key = Base64.getDecoder().decode(parts[3]);
                return count < 1 || salt.length == 0 || key.length == 0 ? null
                        : new Encoded(parts[0], count, salt, key);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
