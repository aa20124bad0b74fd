package org.partyregistry.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.partyregistry.platform.BaseEntity;

/**
 * Rule S5: failed sign-ins for one username from one client address. The fifth failure in a row locks that pair
 * for 15 minutes; other addresses can still sign in to the account. Kept in the database, so all nodes that serve
 * one database share it. The username need not exist (unknown and existing accounts are treated alike).
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure extends BaseEntity {

    public static final int MAX_FAILURES = 5;
    public static final int LOCK_MINUTES = 15;
    public static final int USERNAME_MAX = UserAccount.USERNAME_MAX;
    public static final int ADDRESS_MAX = 64;
    /** Failures older than this are forgotten: a row counts failures "in a row" within a day. */
    public static final int FORGET_HOURS = 24;

    @Column(name = "username", nullable = false, length = USERNAME_MAX)
    private String username;

    @Column(name = "client_address", nullable = false, length = ADDRESS_MAX)
    private String clientAddress;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_utc", nullable = false)
    private LocalDateTime lastFailureUtc;

    @Column(name = "locked_until_utc")
    private LocalDateTime lockedUntilUtc;

    protected LoginFailure() {
    }

    public LoginFailure(String username, String clientAddress, LocalDateTime nowUtc) {
        this.username = key(username);
        this.clientAddress = address(clientAddress);
        this.lastFailureUtc = nowUtc;
    }

    /** The username as stored: at most {@value #USERNAME_MAX} characters (longer ones cannot exist anyway). */
    public static String key(String username) {
        String name = username == null ? "" : username;
        return name.length() > USERNAME_MAX ? name.substring(0, USERNAME_MAX) : name;
    }

    public static String address(String clientAddress) {
        String address = clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
        return address.length() > ADDRESS_MAX ? address.substring(0, ADDRESS_MAX) : address;
    }

    public boolean isLocked(LocalDateTime nowUtc) {
        return lockedUntilUtc != null && lockedUntilUtc.isAfter(nowUtc);
    }

    /**
     * Counts a failure; the {@value #MAX_FAILURES}th in a row locks the pair for {@value #LOCK_MINUTES} minutes.
     * An attempt while locked is noted but neither counts nor extends the lock. Returns true when this failure
     * locked the pair.
     */
    public boolean recordFailure(LocalDateTime nowUtc) {
        if (isLocked(nowUtc)) {
            lastFailureUtc = nowUtc;
            return false;
        }
        if (lockedUntilUtc != null || lastFailureUtc.isBefore(nowUtc.minusHours(FORGET_HOURS))) {
            failures = 0;
            lockedUntilUtc = null;
        }
        lastFailureUtc = nowUtc;
        failures++;
        if (failures >= MAX_FAILURES) {
            failures = 0;
            lockedUntilUtc = nowUtc.plusMinutes(LOCK_MINUTES);
            return true;
        }
        return false;
    }

    public String getUsername() {
        return username;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getLockedUntilUtc() {
        return lockedUntilUtc;
    }
}
