package org.partyregistry.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.partyregistry.platform.Settings;

/** The platform's PBKDF2 (rule S4), configured once. */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash hash;

    private String dummy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(Settings.intValue(Settings.PASSWORD_ITERATIONS, 60000)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummy = hash.generate("timing-equaliser-1".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String stored) {
        return hash.verify(password.toCharArray(), stored);
    }

    /** Spends the time of a verification when there is no account, so timing does not reveal usernames. */
    public void verifyNothing(String password) {
        hash.verify(password.toCharArray(), dummy);
    }
}
