package org.partyregistry.organization.control;

import java.util.HashMap;
import java.util.Map;
import org.partyregistry.organization.entity.OrganizationPath;

/**
 * A query row: the party members placed directly in the organization of this materialized path ("/1/7/42/").
 * Rule O15 counts an organization's members with those of everything below it; {@link #perOrganization} adds each
 * row to every organization on its path, so one grouped scan of the members answers for the whole tree instead of
 * matching every member against every organization.
 */
public record PathCount(String path, long members) {

    /** Each organization's members with those below it, keyed by id, from the rows of the organizations they sit in. */
    public static Map<Long, Long> perOrganization(Iterable<PathCount> rows) {
        Map<Long, Long> totals = new HashMap<>();
        for (PathCount row : rows) {
            for (Long id : OrganizationPath.ids(row.path())) {
                totals.merge(id, row.members(), Long::sum);
            }
        }
        return totals;
    }
}
