package org.partyregistry.organization.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.partyregistry.security.CurrentUser;

/** Rule O15: the organizations in the caller's scope grown past the size of their level. */
@ApplicationScoped
public class SizeWarningService {

    @Inject
    CurrentUser currentUser;

    @Inject
    MemberCounts counts;

    @Transactional
    public List<SizeWarning> warnings() {
        return SizeWarning.of(counts.branchesOver(currentUser.scope().pathPrefix(), SizeWarning.BRANCH_MAX));
    }
}
