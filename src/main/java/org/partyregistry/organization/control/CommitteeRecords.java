package org.partyregistry.organization.control;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a term's committee has its seat holders recorded (rule O16). The member feature keeps the seat holders
 * (rule M18) and implements this, so that the organization pages can ask without depending on that feature.
 */
public interface CommitteeRecords {

    /** Those of {@code termIds} whose committee has seat holders recorded; each term in the caller's read scope. */
    Set<Long> recorded(Collection<Long> termIds);

    /** Rule O16: the ids of the terms among {@code terms} with a committee in office whose holders were never recorded. */
    default Set<Long> notRecorded(List<TermView> terms) {
        List<Long> withCommittee = terms.stream().filter(TermView::committeeInOffice).map(TermView::id).toList();
        if (withCommittee.isEmpty()) {
            return Set.of();
        }
        Set<Long> recorded = recorded(withCommittee);
        return withCommittee.stream().filter(id -> !recorded.contains(id)).collect(Collectors.toUnmodifiableSet());
    }
}
