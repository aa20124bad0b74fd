package org.partyregistry.security;

import java.time.LocalDateTime;

/** What confirming a remembered sign-in reads in one query: the enabled account's role and hash, and its lock. */
public record AccountCheck(Role role, String passwordHash, LocalDateTime lockedUntilUtc) {

    /** Rule S5: the account-and-address pair is locked at {@code nowUtc}. */
    boolean lockedAt(LocalDateTime nowUtc) {
        return lockedUntilUtc != null && lockedUntilUtc.isAfter(nowUtc);
    }
}
