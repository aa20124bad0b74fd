package org.partyregistry.organization.entity;

public enum OrganizationStatus {
    ACTIVE,
    DISSOLVED,
    MERGED
}
