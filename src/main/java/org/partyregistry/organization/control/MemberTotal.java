package org.partyregistry.organization.control;

import org.partyregistry.organization.entity.OrganizationType;

/** A query row: an organization and how many party members it has (rule O15). */
public record MemberTotal(Long organizationId, String name, OrganizationType type, long members) {
}
