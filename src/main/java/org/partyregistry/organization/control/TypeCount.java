package org.partyregistry.organization.control;

import org.partyregistry.organization.entity.OrganizationType;

/** A query row: how many active organizations of a type (a typed row: {@code SELECT NEW}). */
public record TypeCount(OrganizationType type, long organizations) {
}
