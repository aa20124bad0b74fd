package org.partyregistry.award.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.award.entity.Honor;
import org.partyregistry.award.entity.HonorKind;
import org.partyregistry.award.entity.HonorLevel;
import org.partyregistry.award.entity.NominationState;

/** An honor as pages and the REST API show it: the subject is a member or an organization, never both. */
public record HonorView(long id, long version, HonorKind kind, HonorLevel level, int year, Long memberId,
                        String memberName, Long organizationId, String organizationName, String citation,
                        NominationState state, LocalDate nominatedOn, String nominatedBy, LocalDate approvedOn,
                        LocalDate awardedOn) implements Serializable {

    /** The member's or organization's name. */
    public String subject() {
        return memberId != null ? memberName : organizationName;
    }

    static HonorView of(Honor h) {
        return new HonorView(h.getId(), h.getVersion(), h.getKind(), h.getLevel(), h.getYear(),
                h.getMember() == null ? null : h.getMember().getId(),
                h.getMember() == null ? null : h.getMember().getName(),
                h.getMember() == null ? h.getOrganization().getId() : h.getMember().getOrganization().getId(),
                h.getMember() == null ? h.getOrganization().getName() : h.getMember().getOrganization().getName(),
                h.getCitation(), h.getState(), h.getNominatedOn(), h.getNominatedBy(), h.getApprovedOn(),
                h.getAwardedOn());
    }
}
