package org.partyregistry.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps REST calls cheap with slow password hashing (rule S4): for {@value #TTL_SECONDS} seconds after a full
 * verification this node remembers that a username and password matched a stored hash. The key is an HMAC of
 * username and password under a random per-node key that never leaves memory, so neither is kept; a hit is only a
 * hint that {@link AccountService#stillValid} confirms against the database (account enabled, hash unchanged, not
 * locked), so a password reset or a lock on any node takes effect at once.
 */
@ApplicationScoped
public class VerifiedCredentials {

    public static final int TTL_SECONDS = 60;
    /** In its last seconds an entry is verified again by one request while the others still use it. */
    public static final int REFRESH_SECONDS = 15;
    static final int MAX_ENTRIES = 10_000;

    /**
     * What was verified: the username and the stored hash the password matched; {@code refreshing} once a request
     * has taken on verifying it again before it expires.
     */
    public record Verified(String username, String hash, long expiresAtNanos, boolean refreshing) {
    }

    private final Map<String, Verified> entries = new ConcurrentHashMap<>();
    private final Map<String, Object> gates = new ConcurrentHashMap<>();
    private final byte[] nodeKey = new byte[32];
    private final LongSupplier nanoTime;
    /** The node's HMAC, keyed once; {@link #keyedMac} hands out copies (a race only keys it twice). */
    private volatile Mac keyed;

    public VerifiedCredentials() {
        this(System::nanoTime);
    }

    VerifiedCredentials(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        new SecureRandom().nextBytes(nodeKey);
    }

    public Optional<Verified> find(String username, String password) {
        String key = key(username, password);
        Verified verified = entries.get(key);
        if (verified == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - verified.expiresAtNanos() >= 0) {
            entries.remove(key, verified);
            return Optional.empty();
        }
        return Optional.of(verified);
    }

    public void remember(String username, String password, String hash) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, password), new Verified(username, hash,
                nanoTime.getAsLong() + TTL_SECONDS * 1_000_000_000L, false));
    }

    /**
     * True for exactly one caller once {@code found} is in its last {@value #REFRESH_SECONDS} seconds: that request
     * verifies the password in full again (and remembers it anew) while the others keep using the entry. Without
     * this every client of an account met the expiry together and waited for one slow verification (rule S4).
     */
    public boolean claimRefresh(String username, String password, Verified found) {
        if (found.refreshing()
                || found.expiresAtNanos() - nanoTime.getAsLong() > REFRESH_SECONDS * 1_000_000_000L) {
            return false;
        }
        return entries.replace(key(username, password), found,
                new Verified(found.username(), found.hash(), found.expiresAtNanos(), true));
    }

    /**
     * Runs {@code verification} for one username and password at a time on this node. Requests that arrive together
     * when an entry has expired (50 clients of one account) would otherwise each run the slow hash, and on two cores
     * that stalls every request for seconds; this way one verifies and the others, let in after it, find the entry
     * it remembered ({@code verification} looks again first).
     */
    public <T> T oneAtATime(String username, String password, Supplier<T> verification) {
        if (gates.size() >= MAX_ENTRIES) {
            gates.clear();
        }
        Object gate = gates.computeIfAbsent(key(username, password), key -> new Object());
        synchronized (gate) {
            return verification.get();
        }
    }

    public void forget(String username, String password) {
        entries.remove(key(username, password));
    }

    int size() {
        return entries.size();
    }

    private String key(String username, String password) {
        Mac mac = keyedMac();
        mac.update(username.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A copy of the node's keyed HMAC: looking the algorithm up and keying it on every request cost more than the
     * hash itself (copied, not shared: a {@link Mac} is not thread-safe).
     */
    private Mac keyedMac() {
        try {
            Mac prototype = keyed;
            if (prototype == null) {
                prototype = Mac.getInstance("HmacSHA256");
                prototype.init(new SecretKeySpec(nodeKey, "HmacSHA256"));
                keyed = prototype;
            }
            return (Mac) prototype.clone();
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
