package org.partyregistry.organization.control;

import java.time.LocalDate;
import org.partyregistry.organization.entity.Organization;

/**
 * Fired (synchronously, inside the transaction) when an organization is about to be merged or dissolved, so that
 * the features holding people in it act before it closes (rule O13): on a merge its members move to the target;
 * on a dissolution an observer refuses while members remain. Throwing refuses the whole change.
 *
 * @param target the absorbing organization of a merge, or null for a dissolution
 */
public record OrganizationClosing(Organization organization, Organization target, LocalDate on, String actor) {

    public boolean merge() {
        return target != null;
    }
}
