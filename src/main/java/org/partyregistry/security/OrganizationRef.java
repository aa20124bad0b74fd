package org.partyregistry.security;

/**
 * The few facts about an organization that accounts and scopes need, read by native SQL so that the security
 * feature does not depend on the organization feature's entities (a typed row, mapped in {@code META-INF/orm.xml}).
 */
public record OrganizationRef(Long id, String name, String path, String status) {

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
