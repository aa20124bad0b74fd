package org.partyregistry.member.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partyregistry.organization.entity.Term;
import org.partyregistry.platform.BusinessException;

/**
 * Rule M18: who holds which seat on the committee elected for a term. The committee is checked whole before
 * anything is written: the term has seats and is still in office, no more holders than seats, each member once,
 * each seat within its limit ({@link Seat#limit()}), and every holder an active full member of the organization
 * or one below it. A branch term of at most 2 seats (rule O12) has a secretary and deputy secretaries only.
 */
public final class Committee {

    /** One seat to fill: a member and the seat. */
    public record Assignment(Member member, Seat seat) {
    }

    private Committee() {
    }

    /**
     * The seat holders to store for {@code term}, or a refusal naming the first problem (nothing is written).
     *
     * @param organizationPath the path of the term's organization
     */
    public static List<SeatHolder> of(Term term, String organizationPath, List<Assignment> assignments) {
        if (term.getEndedOn() != null) {
            throw new BusinessException("committee.termEnded", term.getNumber(), term.getEndedOn());
        }
        Integer seats = term.getSeats();
        if (seats == null || seats < 1) {
            throw new BusinessException("committee.noSeats", term.getNumber());
        }
        if (assignments.size() > seats) {
            throw BusinessException.onField("holders", "committee.tooMany", assignments.size(), seats);
        }
        Set<Long> seen = new HashSet<>();
        Map<Seat, Integer> counts = new EnumMap<>(Seat.class);
        List<SeatHolder> holders = new ArrayList<>();
        for (Assignment a : assignments) {
            if (a.member() == null || a.seat() == null) {
                throw BusinessException.onField("holders", "committee.holderIncomplete");
            }
            Member member = a.member();
            if (!member.getOrganization().getPath().startsWith(organizationPath)) {
                // outside the caller's organization: its id only, never the person's name
                throw BusinessException.onField("holders", "committee.notInOrganization", member.getId());
            }
            if (!seen.add(member.getId())) {
                throw BusinessException.onField("holders", "committee.memberTwice", member.getName());
            }
            if (smallBranch(term) && a.seat() != Seat.SECRETARY && a.seat() != Seat.DEPUTY_SECRETARY) {
                throw BusinessException.onField("holders", "committee.smallBranchSeat", a.seat(), seats);
            }
            int count = counts.merge(a.seat(), 1, Integer::sum);
            if (count > a.seat().limit()) {
                throw BusinessException.onField("holders", "committee.seatFull", a.seat(),
                        a.seat().limit());
            }
            if (member.getStage() != Stage.FULL || member.getStatus() != MemberStatus.ACTIVE
                    || member.getLeftZoneOn() != null) {
                throw BusinessException.onField("holders", "committee.notFullMember", member.getName());
            }
            holders.add(new SeatHolder(term, member, a.seat()));
        }
        return holders;
    }

    /** Rule O12: a branch term of at most 2 seats is a secretary and a deputy, not a committee with portfolios. */
    private static boolean smallBranch(Term term) {
        return term.getOrganization().getType().isBranch() && term.getSeats() <= Term.SMALL_BRANCH_MAX_SEATS;
    }
}
