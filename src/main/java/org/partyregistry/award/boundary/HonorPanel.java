package org.partyregistry.award.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.partyregistry.award.control.AwardView;
import org.partyregistry.award.control.HonorService;
import org.partyregistry.award.control.HonorView;
import org.partyregistry.award.control.MedalService;
import org.partyregistry.platform.FacesActions;

/** The honors (and the medal) shown on a member's and an organization's page, read once per request. */
@Named
@RequestScoped
public class HonorPanel {

    @Inject
    HonorService honors;

    @Inject
    MedalService medals;

    private List<HonorView> ofMember;
    private List<HonorView> ofOrganization;
    private AwardView medal;
    private boolean medalRead;

    public List<HonorView> ofMember(Long memberId) {
        if (ofMember == null) {
            ofMember = memberId == null ? List.of() : read(() -> honors.list(memberId, null, null));
        }
        return ofMember;
    }

    public List<HonorView> ofOrganization(Long organizationId) {
        if (ofOrganization == null) {
            ofOrganization = organizationId == null ? List.of() : read(() -> honors.list(null, organizationId, null));
        }
        return ofOrganization;
    }

    /** The member's 50-year medal, or null. */
    public AwardView medalOf(Long memberId) {
        if (!medalRead) {
            medalRead = true;
            medal = memberId == null ? null : FacesActions.attempt(() -> medals.medalOf(memberId));
        }
        return medal;
    }

    private static List<HonorView> read(java.util.function.Supplier<List<HonorView>> query) {
        List<HonorView> found = FacesActions.attempt(query);
        return found == null ? List.of() : found;
    }
}
