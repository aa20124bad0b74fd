package org.partyregistry.organization.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.organization.entity.OrganizationType.BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.COMMITTEE;
import static org.partyregistry.organization.entity.OrganizationType.GENERAL_BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.GROUP;
import static org.partyregistry.organization.entity.OrganizationType.JOINT_BRANCH;
import static org.partyregistry.organization.entity.OrganizationType.WORKING_COMMITTEE;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.testsupport.Ids;

class TermTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate FOUNDED = LocalDate.of(2010, 3, 15);
    static final LocalDate ELECTED = LocalDate.of(2023, 6, 1);

    Organization zone;
    Organization committee;
    Organization generalBranch;
    Organization branch;
    Organization jointBranch;
    Organization group;

    @BeforeEach
    void tree() {
        zone = anchored(1, "潍坊高新区党工委", WORKING_COMMITTEE, null);
        committee = anchored(2, "潍坊软件园党委", COMMITTEE, zone);
        generalBranch = anchored(3, "文化创意产业园党总支", GENERAL_BRANCH, zone);
        branch = anchored(4, "示例党支部", BRANCH, committee);
        jointBranch = anchored(5, "示例联合党支部", JOINT_BRANCH, committee);
        group = anchored(6, "第一党小组", GROUP, branch);
    }

    static Organization anchored(long id, String name, OrganizationType type, Organization parent) {
        Organization organization = Ids.withId(new Organization(name, type, parent, FOUNDED, TODAY), id);
        organization.anchor();
        return organization;
    }

    static Term elect(Organization organization, Term previous, int number, LocalDate on, Integer years,
                      Integer seats) {
        return new Term(organization, previous, number, on, years, seats, null, null, TODAY);
    }

    static Term elect(Organization organization, int number, LocalDate on, Integer years) {
        return elect(organization, null, number, on, years, null);
    }

    @Test
    @DisplayName("O6 without a length, a committee term is 5 years and (general/joint) branch terms 3")
    void defaultYears() {
        Term committeeTerm = elect(committee, 1, ELECTED, null);
        assertThat(committeeTerm.getYears()).isEqualTo(5);
        assertThat(committeeTerm.getExpiresOn()).isEqualTo(LocalDate.of(2028, 6, 1));
        for (Organization organization : new Organization[] {generalBranch, branch, jointBranch}) {
            Term term = elect(organization, 1, ELECTED, null);
            assertThat(term.getYears()).as(organization.getType().name()).isEqualTo(3);
            assertThat(term.getExpiresOn()).as(organization.getType().name()).isEqualTo(LocalDate.of(2026, 6, 1));
        }
    }

    @Test
    @DisplayName("O6 a committee term of 4 or 6 years (+/-1) is accepted, 3 or 7 (+/-2) refused")
    void committeeYearsRange() {
        assertThat(elect(committee, 1, ELECTED, 4).getExpiresOn()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(elect(committee, 1, ELECTED, 6).getExpiresOn()).isEqualTo(LocalDate.of(2029, 6, 1));
        assertRefused(() -> elect(committee, 1, ELECTED, 3), "term.yearsRange", "years");
        assertRefused(() -> elect(committee, 1, ELECTED, 7), "term.yearsRange", "years");
    }

    @Test
    @DisplayName("O6 a branch term of 2 or 4 years (+/-1) is accepted, 1 or 5 (+/-2) refused")
    void branchYearsRange() {
        assertThat(elect(branch, 1, ELECTED, 2).getYears()).isEqualTo(2);
        assertThat(elect(branch, 1, ELECTED, 4).getYears()).isEqualTo(4);
        assertRefused(() -> elect(branch, 1, ELECTED, 1), "term.yearsRange", "years");
        assertRefused(() -> elect(branch, 1, ELECTED, 5), "term.yearsRange", "years");
        assertRefused(() -> elect(generalBranch, 1, ELECTED, 5), "term.yearsRange", "years");
        assertRefused(() -> elect(jointBranch, 1, ELECTED, 1), "term.yearsRange", "years");
    }

    @Test
    @DisplayName("O6 a working committee has no terms")
    void noTermForWorkingCommittee() {
        assertRefused(() -> elect(zone, 1, ELECTED, null), "term.notForType", null);
    }

    @Test
    @DisplayName("O6 a party group has no terms")
    void noTermForGroup() {
        assertRefused(() -> elect(group, 1, ELECTED, null), "term.notForType", null);
    }

    @Test
    @DisplayName("O5/O7 a dissolved organization elects no term")
    void noTermForDissolved() {
        branch.dissolve(TODAY, "撤销", TODAY);
        assertRefused(() -> elect(branch, 1, ELECTED, null), "organization.notActive", null);
    }

    @Test
    @DisplayName("O7 a term elected today is accepted, tomorrow refused")
    void notInFuture() {
        assertThat(elect(branch, 1, TODAY, null).getElectedOn()).isEqualTo(TODAY);
        assertRefused(() -> elect(branch, 1, TODAY.plusDays(1), null), "error.dateInFuture", "electedOn");
    }

    @Test
    @DisplayName("O7 a term elected on the founding day is accepted, the day before refused")
    void notBeforeFounding() {
        assertThat(elect(branch, 1, FOUNDED, null).getElectedOn()).isEqualTo(FOUNDED);
        assertRefused(() -> elect(branch, 1, FOUNDED.minusDays(1), null), "organization.beforeFounding",
                "electedOn");
    }

    @Test
    @DisplayName("O7 a term needs an election date and a number of at least 1")
    void dateAndNumberRequired() {
        assertRefused(() -> elect(branch, 1, null, null), "term.electedOnRequired", "electedOn");
        assertRefused(() -> elect(branch, 0, ELECTED, null), "term.numberPositive", "number");
    }

    @Test
    @DisplayName("O7 a term on the same date as the previous one is refused")
    void sameDateAsPrevious() {
        Term first = elect(branch, 1, ELECTED, null);
        assertRefused(() -> elect(branch, first, 2, ELECTED, null, null), "term.notAfterPrevious", "electedOn");
    }

    @Test
    @DisplayName("O7 a term dated before the previous one is refused")
    void beforePrevious() {
        Term first = elect(branch, 1, ELECTED, null);
        assertRefused(() -> elect(branch, first, 2, ELECTED.minusDays(1), null, null), "term.notAfterPrevious",
                "electedOn");
    }

    @Test
    @DisplayName("O7 an early election, the day after the previous one, is accepted")
    void dayAfterPrevious() {
        Term first = elect(branch, 1, ELECTED, null);
        Term second = elect(branch, first, 2, ELECTED.plusDays(1), null, null);
        assertThat(second.getNumber()).isEqualTo(2);
    }

    @Test
    @DisplayName("O7 a term whose number is not higher than the previous one is refused")
    void numberNotHigher() {
        Term third = elect(branch, 3, ELECTED, null);
        assertRefused(() -> elect(branch, third, 3, TODAY, null, null), "term.numberNotAfterPrevious", "number");
        assertRefused(() -> elect(branch, third, 2, TODAY, null, null), "term.numberNotAfterPrevious", "number");
        assertThat(elect(branch, third, 4, TODAY, null, null).getNumber()).isEqualTo(4);
    }

    @Test
    @DisplayName("O7 succeed() closes the previous term on the new election date")
    void succeedClosesPrevious() {
        Term first = elect(branch, 1, LocalDate.of(2024, 1, 10), null);
        LocalDate early = LocalDate.of(2026, 9, 1);
        // without the new election the first term (expiring 2027-01-10) would be due within 6 months on that day
        assertThat(first.statusOn(early)).isEqualTo(TermStatus.DUE_IN_6_MONTHS);
        Term second = elect(branch, first, 2, early, null, null);
        first.succeed(second);
        assertThat(first.getEndedOn()).isEqualTo(early);
        assertThat(first.statusOn(early.minusDays(1))).isEqualTo(TermStatus.DUE_IN_6_MONTHS);
        assertThat(first.statusOn(early)).isEqualTo(TermStatus.ENDED);
        assertThat(first.statusOn(TODAY)).isEqualTo(TermStatus.ENDED);
        assertThat(second.getEndedOn()).isNull();
        assertThat(second.statusOn(TODAY)).isEqualTo(TermStatus.CURRENT);
    }

    @Test
    @DisplayName("O8 statusOn uses the expiry date: a branch term elected 2024-05-27 is due within 6 months today")
    void statusOnFromExpiry() {
        Term term = elect(branch, 1, LocalDate.of(2024, 5, 27), null);
        assertThat(term.getExpiresOn()).isEqualTo(LocalDate.of(2027, 5, 27));
        assertThat(term.statusOn(TODAY)).isEqualTo(TermStatus.DUE_IN_6_MONTHS);
        assertThat(term.statusOn(TODAY.minusDays(1))).isEqualTo(TermStatus.CURRENT);
        assertThat(term.statusOn(LocalDate.of(2027, 5, 28))).isEqualTo(TermStatus.OVERDUE);
    }

    @Test
    @DisplayName("O9 a branch committee of 7 seats is accepted, 8 refused")
    void branchSeats() {
        assertThat(elect(branch, null, 1, ELECTED, null, 7).getSeats()).isEqualTo(7);
        assertRefused(() -> elect(branch, null, 1, ELECTED, null, 8), "term.seatsRange", "seats");
    }

    @Test
    @DisplayName("O9 a joint branch committee of 8 seats is refused as well")
    void jointBranchSeats() {
        assertThat(elect(jointBranch, null, 1, ELECTED, null, 7).getSeats()).isEqualTo(7);
        assertRefused(() -> elect(jointBranch, null, 1, ELECTED, null, 8), "term.seatsRange", "seats");
    }

    @Test
    @DisplayName("O9 the 7-seat limit is for branches: a committee may have 9 seats")
    void committeeSeats() {
        assertThat(elect(committee, null, 1, ELECTED, null, 9).getSeats()).isEqualTo(9);
    }

    @Test
    @DisplayName("O9 a committee has at least one seat")
    void zeroSeats() {
        assertRefused(() -> elect(branch, null, 1, ELECTED, null, 0), "term.seatsRange", "seats");
    }

    @Test
    @DisplayName("votes cast may not exceed the eligible voters nor be negative")
    void votes() {
        Term term = new Term(branch, null, 1, ELECTED, null, 5, 40, 40, TODAY);
        assertThat(term.getVotesCast()).isEqualTo(40);
        assertRefused(() -> new Term(branch, null, 1, ELECTED, null, 5, 40, 41, TODAY), "term.votesExceedVoters",
                "votesCast");
        assertRefused(() -> new Term(branch, null, 1, ELECTED, null, 5, 40, -1, TODAY), "term.votesNegative",
                "votesCast");
        assertRefused(() -> new Term(branch, null, 1, ELECTED, null, 5, -1, null, TODAY), "term.votesNegative",
                "votesCast");
    }

    @Test
    @DisplayName("O12 a branch with 6 full members on the election date: 2 seats yes, 3 refused naming the count")
    void sixFullMembers() {
        elect(branch, null, 1, ELECTED, null, 2).requireSeatsFit(6);
        assertRefused(() -> elect(branch, null, 1, ELECTED, null, 3).requireSeatsFit(6), "term.seatsSmallBranch",
                "seats");
        try {
            elect(jointBranch, null, 1, ELECTED, null, 5).requireSeatsFit(6);
        } catch (org.partyregistry.platform.BusinessException e) {
            assertThat(e.args()).as("the member count comes first in the message").startsWith(6L);
            return;
        }
        throw new AssertionError("a joint branch with 6 full members and 5 seats was accepted");
    }

    @Test
    @DisplayName("O12 a branch with 7 full members: 3 to 7 seats, 2 and 8 refused")
    void sevenFullMembers() {
        elect(branch, null, 1, ELECTED, null, 3).requireSeatsFit(7);
        elect(branch, null, 1, ELECTED, null, 7).requireSeatsFit(7);
        assertRefused(() -> elect(branch, null, 1, ELECTED, null, 2).requireSeatsFit(7),
                "term.seatsBranchCommittee", "seats");
        assertRefused(() -> elect(jointBranch, null, 1, ELECTED, null, 2).requireSeatsFit(7),
                "term.seatsBranchCommittee", "seats");
    }

    @Test
    @DisplayName("O12 committees, general branches and terms without seats are not checked against members")
    void otherTypesUnchecked() {
        elect(committee, null, 1, ELECTED, null, 9).requireSeatsFit(0);
        elect(generalBranch, null, 1, ELECTED, null, 5).requireSeatsFit(3);
        elect(branch, null, 1, ELECTED, null, null).requireSeatsFit(0);
    }

    static final java.time.LocalDateTime NOW = java.time.LocalDateTime.of(2026, 11, 27, 2, 0);

    @Test
    @DisplayName("O14 postponed by exactly 1 year is accepted, by 1 year and 1 day refused")
    void postponeOneYear() {
        Term term = elect(branch, 1, ELECTED, null);
        LocalDate original = ELECTED.plusYears(3);
        assertRefused(() -> term.changeExpiry(original.plusYears(1).plusDays(1), "上级批准延期", TODAY, TODAY, "staff",
                NOW), "term.expiryRange", "expiresOn");
        assertThat(term.getExpiresOn()).isEqualTo(original);
        TermExpiryChange change = term.changeExpiry(original.plusYears(1), "上级批准延期", TODAY, TODAY, "staff", NOW);
        assertThat(term.getExpiresOn()).isEqualTo(original.plusYears(1));
        assertThat(change.getOldExpiresOn()).isEqualTo(original);
        assertThat(change.getNewExpiresOn()).isEqualTo(original.plusYears(1));
        assertThat(term.electionExpiry()).as("the original expiry is kept").isEqualTo(original);
    }

    @Test
    @DisplayName("O14 brought forward by exactly 1 year is accepted, by 1 year and 1 day refused; measured from the "
            + "election's expiry, not the last change")
    void bringForwardOneYear() {
        Term term = elect(branch, 1, ELECTED, null);
        LocalDate original = ELECTED.plusYears(3);
        term.changeExpiry(original.plusMonths(6), "延期", TODAY, TODAY, "staff", NOW);
        assertRefused(() -> term.changeExpiry(original.minusYears(1).minusDays(1), "提前", TODAY, TODAY, "staff",
                NOW), "term.expiryRange", "expiresOn");
        TermExpiryChange change = term.changeExpiry(original.minusYears(1), "提前", TODAY, TODAY, "staff", NOW);
        assertThat(change.getOldExpiresOn()).isEqualTo(original.plusMonths(6));
        assertThat(term.getExpiresOn()).isEqualTo(original.minusYears(1));
    }

    @Test
    @DisplayName("O14 needs a reason and an approval not in the future nor before the election; an ended term is "
            + "refused")
    void expiryInputs() {
        Term first = elect(branch, 1, ELECTED, null);
        LocalDate later = ELECTED.plusYears(3).plusMonths(3);
        assertRefused(() -> first.changeExpiry(later, " ", TODAY, TODAY, "staff", NOW), "term.expiryReasonRequired",
                "reason");
        assertRefused(() -> first.changeExpiry(later, "延期", null, TODAY, "staff", NOW), "term.approvedOnRequired",
                "approvedOn");
        assertRefused(() -> first.changeExpiry(later, "延期", TODAY.plusDays(1), TODAY, "staff", NOW),
                "error.dateInFuture", "approvedOn");
        assertRefused(() -> first.changeExpiry(later, "延期", ELECTED.minusDays(1), TODAY, "staff", NOW),
                "term.approvedBeforeElection", "approvedOn");
        assertRefused(() -> first.changeExpiry(first.getExpiresOn(), "延期", TODAY, TODAY, "staff", NOW),
                "term.expiryUnchanged", "expiresOn");
        Term second = elect(branch, first, 2, TODAY, null, null);
        first.succeed(second);
        assertRefused(() -> first.changeExpiry(later, "延期", TODAY, TODAY, "staff", NOW), "term.expiryEnded", null);
    }
}
