package org.partyregistry.organization.control;

import java.util.Set;

/**
 * Fired synchronously, inside the write's transaction, when organizations were founded, retyped, redated, moved,
 * dissolved or merged, or their terms changed: the organization itself and its parent (whose sub-organizations
 * changed) and, for a move, every organization above it before and after the move (whose subtree changed). Other
 * features keep their summaries of organizations current from it (the kept compliance of rule ACT21), without this
 * feature knowing them.
 */
public record OrganizationsChanged(Set<Long> organizationIds) {

    public OrganizationsChanged {
        organizationIds = Set.copyOf(organizationIds);
    }
}
