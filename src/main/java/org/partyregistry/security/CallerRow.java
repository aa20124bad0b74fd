package org.partyregistry.security;

/** An enabled account's role and the organization it is bound to, if any (a typed row, see {@code orm.xml}). */
public record CallerRow(String role, Long organizationId, String path) {
}
