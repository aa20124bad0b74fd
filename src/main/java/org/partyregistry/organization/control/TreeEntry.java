package org.partyregistry.organization.control;

import java.io.Serializable;

/** An organization of the tree and how many organizations sit directly under it (shown or not). */
public record TreeEntry(OrganizationNode node, long children) implements Serializable {
}
