package org.partyregistry.award.control;

import java.time.LocalDate;
import org.partyregistry.award.entity.MedalNomination;
import org.partyregistry.award.entity.NominationState;

/** A medal nomination as the REST API answers it. */
public record AwardView(long id, int year, long memberId, String name, LocalDate partyStandingStart,
                        int standingYears, NominationState state, String reason, LocalDate awardedOn, String note,
                        String certificate) {

    static AwardView of(MedalNomination n) {
        return new AwardView(n.getId(), n.getYear(), n.getMember().getId(), n.getMember().getName(),
                n.getStandingStart(), n.getStandingYears(), n.getState(), n.getReason(), n.getAwardedOn(),
                n.getNote(), n.getState() == NominationState.AWARDED
                        ? "/api/awards/medal50/" + n.getYear() + "/certificates/" + n.getMember().getId() + ".pdf"
                        : null);
    }
}
