package org.partyregistry.security;

import org.partyregistry.platform.ForbiddenException;

/**
 * What a caller may see and change (rules S1-S3): a role and, for a secretary, the path of the organization they
 * are bound to. Pure, so the rules are unit-tested without a container.
 */
public record Scope(String username, Role role, Long organizationId, String organizationPath) {

    public static final String SYSTEM = "system";

    public static Scope system() {
        return new Scope(SYSTEM, Role.ADMIN, null, null);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Staff and admins see the whole zone. */
    public boolean seesEverything() {
        return role == Role.ADMIN || role == Role.COMMITTEE_STAFF;
    }

    /** Prefix every readable organization path starts with ("/" for the whole zone). */
    public String pathPrefix() {
        return seesEverything() ? "/" : organizationPath;
    }

    public boolean canRead(String path) {
        return path != null && (seesEverything() || organizationPath != null && path.startsWith(organizationPath));
    }

    public boolean canWrite(String path) {
        return canRead(path);
    }

    /** Rule S2: moving, merging or dissolving the organization itself needs scope above it. */
    public boolean canRestructure(String path) {
        return canWrite(path) && (seesEverything() || !path.equals(organizationPath));
    }

    public boolean canWriteReferenceData() {
        return seesEverything();
    }

    public void requireRead(String path) {
        if (!canRead(path)) {
            throw new ForbiddenException();
        }
    }

    public void requireWrite(String path) {
        if (!canWrite(path)) {
            throw new ForbiddenException();
        }
    }

    public void requireRestructure(String path) {
        if (!canRestructure(path)) {
            throw new ForbiddenException();
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new ForbiddenException();
        }
    }

    public void requireReferenceWrite() {
        if (!canWriteReferenceData()) {
            throw new ForbiddenException();
        }
    }
}
