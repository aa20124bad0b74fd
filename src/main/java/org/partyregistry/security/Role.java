package org.partyregistry.security;

/** Rule S1. The names are the security roles of web.xml and the groups the authentication mechanism reports. */
public enum Role {
    ADMIN,
    COMMITTEE_STAFF,
    BRANCH_SECRETARY
}
