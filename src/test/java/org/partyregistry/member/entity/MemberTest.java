package org.partyregistry.member.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.testsupport.Ids;

class MemberTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final String ID_1990 = "37070019900101001X";
    static final Member.Person PERSON = new Member.Person("示例党员甲", null, null, "汉族", "本科", null);

    Organization branch;

    @BeforeEach
    void tree() {
        Organization zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(2000, 1, 1), TODAY), 1);
        zone.anchor();
        branch = Ids.withId(new Organization("示例支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1),
                TODAY), 2);
        branch.anchor();
    }

    Member register(Member.Person person, Steps steps, List<Suspension> suspensions, MemberStatus status,
                    LocalDate since) {
        return new Member(person, IdNumber.parse(ID_1990, TODAY), "cipher", "hash", branch, null, steps,
                suspensions, status, since, TODAY);
    }

    Member probationary(LocalDate admittedOn) {
        return register(PERSON, new Steps(null, null, null, admittedOn, null), List.of(), null, null);
    }

    @Test
    @DisplayName("M22 ethnicity and education are stored as their codes; a text the lists lack is refused on its field")
    void codeLists() {
        Member member = probationary(LocalDate.of(2020, 1, 1));
        assertThat(member.getEthnicity()).isEqualTo("01");
        assertThat(member.getEducation()).isEqualTo("20");
        Steps steps = new Steps(null, null, null, LocalDate.of(2020, 1, 1), null);
        assertThat(register(new Member.Person("甲", null, null, "11", "大专", null), steps, List.of(), null, null)
                .getEducation()).isEqualTo("30");
        assertRefused(() -> register(new Member.Person("甲", null, null, "火星族", null, null), steps, List.of(), null,
                null), "member.ethnicityUnknown", "ethnicity");
        assertRefused(() -> register(new Member.Person("甲", null, null, null, "幼儿园", null), steps, List.of(), null,
                null), "member.educationUnknown", "education");
    }

    @Test
    @DisplayName("M2 birth date and sex come from the ID number and must agree with any given")
    void derivedPersonalData() {
        Member member = probationary(LocalDate.of(2020, 1, 1));
        assertThat(member.getBirthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(member.getSex()).isEqualTo(Sex.MALE);
        assertThat(member.ageOn(LocalDate.of(2025, 12, 31))).isEqualTo(35);
        assertThat(member.ageOn(LocalDate.of(2026, 1, 1))).isEqualTo(36);
        Steps steps = new Steps(null, null, null, LocalDate.of(2020, 1, 1), null);
        assertRefused(() -> register(new Member.Person("甲", LocalDate.of(1990, 1, 2), null, null, null, null),
                steps, List.of(), null, null), "member.birthDateDisagrees", "birthDate");
        assertRefused(() -> register(new Member.Person("甲", null, Sex.FEMALE, null, null, null), steps, List.of(),
                null, null), "member.sexDisagrees", "sex");
        assertRefused(() -> register(new Member.Person(" ", null, null, null, null, null), steps, List.of(), null,
                null), "member.nameRequired", "name");
    }

    @Test
    @DisplayName("M6 M12 advancing to full: exactly one year after admission works, one day short does not")
    void advanceToFull() {
        Member member = probationary(LocalDate.of(2024, 3, 15));
        assertThat(member.probationEnds()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertRefused(() -> member.advance(Stage.FULL, LocalDate.of(2025, 3, 14), TODAY),
                "member.probationTooShort", "on");
        member.advance(Stage.FULL, LocalDate.of(2025, 3, 15), TODAY);
        assertThat(member.getStage()).isEqualTo(Stage.FULL);
        assertThat(member.getPartyStandingStart()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(member.probationEnds()).isNull();
    }

    @Test
    @DisplayName("M12 advancing goes one stage at a time")
    void advanceOneStep() {
        Member member = register(PERSON, new Steps(LocalDate.of(2020, 1, 1), null, null, null, null), List.of(),
                null, null);
        assertRefused(() -> member.advance(Stage.DEVELOPMENT_TARGET, LocalDate.of(2022, 1, 1), TODAY),
                "member.advanceNotNext", "stage");
        member.advance(Stage.ACTIVIST, LocalDate.of(2020, 6, 1), TODAY);
        assertRefused(() -> member.advance(Stage.DEVELOPMENT_TARGET, LocalDate.of(2021, 5, 31), TODAY),
                "member.cultivationTooShort", "on");
        member.advance(Stage.DEVELOPMENT_TARGET, LocalDate.of(2021, 6, 1), TODAY);
        assertThat(member.getStage()).isEqualTo(Stage.DEVELOPMENT_TARGET);
        assertThat(member.getPartyStandingStart()).isNull();
    }

    @Test
    @DisplayName("M6 M12 probation is extended once, by 6 to 12 months")
    void extendProbation() {
        Member member = probationary(LocalDate.of(2025, 1, 10));
        assertRefused(() -> member.extendProbation(5, LocalDate.of(2026, 1, 5), TODAY), "member.extensionRange",
                "months");
        assertRefused(() -> member.extendProbation(13, LocalDate.of(2026, 1, 5), TODAY), "member.extensionRange",
                "months");
        member.extendProbation(6, LocalDate.of(2026, 1, 5), TODAY);
        assertThat(member.probationEnds()).isEqualTo(LocalDate.of(2026, 7, 10));
        assertRefused(() -> member.extendProbation(6, LocalDate.of(2026, 1, 6), TODAY), "member.alreadyExtended",
                null);
        assertRefused(() -> member.advance(Stage.FULL, LocalDate.of(2026, 7, 9), TODAY), "member.probationTooShort",
                "on");
        member.advance(Stage.FULL, LocalDate.of(2026, 7, 10), TODAY);
        assertThat(member.getStage()).isEqualTo(Stage.FULL);
    }

    @Test
    @DisplayName("M12 cancelling a probation removes the person, with a reason")
    void cancelProbation() {
        Member member = probationary(LocalDate.of(2025, 1, 10));
        assertRefused(() -> member.cancelProbation(LocalDate.of(2025, 6, 1), " ", TODAY), "member.reasonRequired",
                "reason");
        member.cancelProbation(LocalDate.of(2025, 6, 1), "不履行党员义务", TODAY);
        assertThat(member.getStatus()).isEqualTo(MemberStatus.REMOVED);
        assertThat(member.isProbationCancelled()).isTrue();
        assertRefused(() -> member.suspend(LocalDate.of(2025, 7, 1), TODAY), "member.wrongStatus", null);
    }

    @Test
    @DisplayName("M10 standing years exclude suspension periods and count whole years (the anniversary counts)")
    void standingYears() {
        Member member = register(PERSON, new Steps(null, null, null, LocalDate.of(2009, 7, 1),
                LocalDate.of(2010, 7, 1)), List.of(), null, null);
        assertThat(member.standingYears(LocalDate.of(2020, 6, 30))).isEqualTo(9);
        assertThat(member.standingYears(LocalDate.of(2020, 7, 1))).isEqualTo(10);
        member.suspend(LocalDate.of(2015, 1, 1), TODAY);
        member.restore(LocalDate.of(2015, 1, 31), TODAY);
        assertThat(member.getSuspensions()).hasSize(1);
        assertThat(member.standingYears(LocalDate.of(2020, 7, 1))).as("30 days out").isEqualTo(9);
        assertThat(member.standingYears(LocalDate.of(2020, 7, 31))).isEqualTo(10);
        assertThat(member.standingYears(LocalDate.of(2020, 7, 30))).isEqualTo(9);
        assertThat(member.standingYears(LocalDate.of(2010, 6, 30))).isZero();
        assertThat(PartyStanding.years(LocalDate.of(2010, 7, 1), 30, LocalDate.of(2020, 7, 30)))
                .as("the days summed elsewhere (a query) count the same").isEqualTo(9);
        assertThat(PartyStanding.years(LocalDate.of(2010, 7, 1), 30, LocalDate.of(2020, 7, 31))).isEqualTo(10);
        assertThat(PartyStanding.years(null, 0, LocalDate.of(2020, 7, 31))).isNull();
    }

    @Test
    @DisplayName("M9 a staff correction of the standing start wins over the derived date")
    void correctedStandingStart() {
        Member member = register(PERSON, new Steps(null, null, null, LocalDate.of(2009, 7, 1),
                LocalDate.of(2010, 7, 1)), List.of(), null, null);
        assertRefused(() -> member.correctStandingStart(LocalDate.of(2010, 1, 1), "", TODAY),
                "member.reasonRequired", "reason");
        member.correctStandingStart(LocalDate.of(2010, 1, 1), "档案核实", TODAY);
        assertThat(member.getPartyStandingStart()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(member.isStandingStartCorrected()).isTrue();
        member.correctStandingStart(null, null, TODAY);
        assertThat(member.getPartyStandingStart()).isEqualTo(LocalDate.of(2010, 7, 1));
    }

    @Test
    @DisplayName("M11 suspend only the active, restore only the suspended; removal and death are final")
    void statusChanges() {
        Member member = probationary(LocalDate.of(2020, 1, 1));
        assertRefused(() -> member.restore(LocalDate.of(2021, 1, 1), TODAY), "member.wrongStatus", null);
        assertRefused(() -> member.suspend(LocalDate.of(2019, 12, 31), TODAY), "member.beforeLastChange", "on");
        assertRefused(() -> member.suspend(TODAY.plusDays(1), TODAY), "error.dateInFuture", "on");
        member.suspend(LocalDate.of(2021, 1, 1), TODAY);
        assertThat(member.getStatus()).isEqualTo(MemberStatus.SUSPENDED);
        assertRefused(() -> member.suspend(LocalDate.of(2021, 2, 1), TODAY), "member.wrongStatus", null);
        assertRefused(() -> member.advance(Stage.FULL, LocalDate.of(2021, 2, 1), TODAY), "member.wrongStatus", null);
        member.recordDeath(LocalDate.of(2022, 1, 1), TODAY);
        assertThat(member.getStatus()).isEqualTo(MemberStatus.DECEASED);
        assertThat(member.getSuspensions().get(0).getUntil()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertRefused(() -> member.remove(LocalDate.of(2022, 2, 1), null, TODAY), "member.wrongStatus", null);
    }

    @Test
    @DisplayName("M11 registering with history: closed periods, a suspended status opens one, overlaps refused")
    void registerWithHistory() {
        Steps steps = new Steps(null, null, null, LocalDate.of(2009, 7, 1), LocalDate.of(2010, 7, 1));
        Member suspended = register(PERSON, steps, List.of(new Suspension(LocalDate.of(2012, 1, 1),
                LocalDate.of(2013, 1, 1))), MemberStatus.SUSPENDED, LocalDate.of(2024, 1, 1));
        assertThat(suspended.getStatus()).isEqualTo(MemberStatus.SUSPENDED);
        assertThat(suspended.getSuspensions()).hasSize(2);
        assertThat(suspended.getStatusSince()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertRefused(() -> register(PERSON, steps, List.of(new Suspension(LocalDate.of(2012, 1, 1),
                LocalDate.of(2013, 1, 1)), new Suspension(LocalDate.of(2012, 12, 31), LocalDate.of(2014, 1, 1))),
                null, null), "member.suspensionsOverlap", "suspensions");
        assertRefused(() -> register(PERSON, steps, List.of(new Suspension(LocalDate.of(2012, 1, 1), null)),
                null, null), "member.suspensionOpen", "suspensions");
        assertRefused(() -> register(PERSON, steps, List.of(), MemberStatus.DECEASED, null),
                "member.statusSinceRequired", "statusSince");
        Member deceased = register(PERSON, steps, List.of(), MemberStatus.DECEASED, LocalDate.of(2025, 1, 1));
        assertThat(deceased.getStatus()).isEqualTo(MemberStatus.DECEASED);
    }

    @Test
    @DisplayName("M11 a suspension period of the history ends today at the latest; the refusal names the later day")
    void historyNotInFuture() {
        Steps steps = new Steps(null, null, null, LocalDate.of(2009, 7, 1), LocalDate.of(2010, 7, 1));
        Member member = register(PERSON, steps, List.of(new Suspension(LocalDate.of(2012, 1, 1), TODAY)), null,
                null);
        assertThat(member.getSuspensions().get(0).getUntil()).isEqualTo(TODAY);
        assertThatThrownBy(() -> register(PERSON, steps, List.of(new Suspension(LocalDate.of(2012, 1, 1),
                TODAY.plusDays(1))), null, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.key()).isEqualTo("error.dateInFuture");
                    assertThat(e.field()).isEqualTo("suspensions");
                    assertThat(e.args()).containsExactly(TODAY.plusDays(1));
                });
        assertRefused(() -> register(PERSON, steps, List.of(new Suspension(TODAY.plusDays(1), null)),
                MemberStatus.SUSPENDED, null), "error.dateInFuture", "suspensions");
        assertRefused(() -> register(PERSON, steps, List.of(), MemberStatus.DECEASED, TODAY.plusDays(1)),
                "error.dateInFuture", "statusSince");
        assertRefused(() -> register(PERSON, steps, List.of(), MemberStatus.REMOVED, LocalDate.of(9999, 1, 1)),
                "error.dateInFuture", "statusSince");
        assertThat(register(PERSON, steps, List.of(), MemberStatus.REMOVED, TODAY).getStatusSince()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("M11 M12 every status change is dated today at the latest: today accepted, tomorrow and 9999 refused")
    void statusChangesNotInFuture() {
        for (LocalDate late : List.of(TODAY.plusDays(1), LocalDate.of(9999, 1, 1), LocalDate.MAX)) {
            Member active = probationary(LocalDate.of(2020, 1, 1));
            assertRefused(() -> active.suspend(late, TODAY), "error.dateInFuture", "on");
            assertRefused(() -> active.remove(late, null, TODAY), "error.dateInFuture", "on");
            assertRefused(() -> active.recordDeath(late, TODAY), "error.dateInFuture", "on");
            assertRefused(() -> active.cancelProbation(late, "未通过", TODAY), "error.dateInFuture", "on");
            assertRefused(() -> active.extendProbation(6, late, TODAY), "error.dateInFuture", "on");
            assertRefused(() -> active.advance(Stage.FULL, late, TODAY), "error.dateInFuture", "on");
            active.suspend(LocalDate.of(2021, 1, 1), TODAY);
            assertRefused(() -> active.restore(late, TODAY), "error.dateInFuture", "on");
        }
        Member member = probationary(LocalDate.of(2020, 1, 1));
        member.suspend(TODAY.minusDays(1), TODAY);
        member.restore(TODAY, TODAY);
        assertThat(member.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        member.recordDeath(TODAY, TODAY);
        assertThat(member.getStatusSince()).isEqualTo(TODAY);
    }

    @Test
    @DisplayName("M10 standing stops with the membership: a deceased member's years count up to the date of death")
    void standingStopsAtDeath() {
        Member member = register(PERSON, new Steps(null, null, null, LocalDate.of(2010, 6, 1),
                LocalDate.of(2011, 6, 1)), List.of(), null, null);
        member.recordDeath(LocalDate.of(2021, 5, 31), TODAY);
        assertThat(member.standingYears(LocalDate.of(2021, 5, 31))).isEqualTo(9);
        assertThat(member.standingYears(TODAY)).isEqualTo(9);
        assertThat(member.standingYears(LocalDate.of(2016, 6, 1))).isEqualTo(5);
    }

    @Test
    @DisplayName("M10 a removed member's standing stops on the removal date; an active member's goes on")
    void standingStopsAtRemoval() {
        Member removed = register(PERSON, new Steps(null, null, null, LocalDate.of(2010, 6, 1),
                LocalDate.of(2011, 6, 1)), List.of(), MemberStatus.REMOVED, LocalDate.of(2021, 6, 1));
        assertThat(removed.standingYears(TODAY)).isEqualTo(10);
        Member active = register(PERSON, new Steps(null, null, null, LocalDate.of(2010, 6, 1),
                LocalDate.of(2011, 6, 1)), List.of(), null, null);
        assertThat(active.standingYears(TODAY)).isEqualTo(15);
    }

    @Test
    @DisplayName("M4 born on 29 February: the age shown is 17 on 28 February 2026 and 18 on 1 March")
    void leapDayAgeShown() {
        Member member = new Member(PERSON, IdNumber.parse("370700200802290010", TODAY), "cipher", "hash", branch,
                null, new Steps(LocalDate.of(2026, 3, 1), null, null, null, null), List.of(), null, null, TODAY);
        assertThat(member.ageOn(LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(member.ageOn(LocalDate.of(2026, 3, 1))).isEqualTo(18);
    }

    static org.partyregistry.enterprise.entity.Enterprise workUnit(long id) {
        String first17 = String.format("91370700%09d", id);
        return org.partyregistry.testsupport.Ids.withId(new org.partyregistry.enterprise.entity.Enterprise(
                "示例企业" + id, first17 + org.partyregistry.enterprise.entity.CreditCode.checkCharacter(first17),
                new org.partyregistry.enterprise.entity.Park("示例园区"), "软件", 10, LocalDate.of(2005, 1, 1), null,
                TODAY), id);
    }

    @Test
    @DisplayName("E8 a work unit given at registration holds from the earliest date of the member's history")
    void workUnitAtRegistration() {
        var unit = workUnit(501);
        Member member = new Member(PERSON, IdNumber.parse(ID_1990, TODAY), "cipher", "hash", branch, unit,
                new Steps(LocalDate.of(2012, 3, 1), null, null, LocalDate.of(2014, 5, 1), LocalDate.of(2015, 5, 1)),
                List.of(), null, null, TODAY);
        assertThat(member.getWorkUnits()).singleElement().satisfies(p -> {
            assertThat(p.getEnterpriseId()).isEqualTo(501L);
            assertThat(p.getFromOn()).isEqualTo(LocalDate.of(2012, 3, 1));
            assertThat(p.getToOn()).isNull();
        });
    }

    @Test
    @DisplayName("E8 changing the work unit keeps the past; the date is not in the future nor before the last change")
    void workUnitChangeIsDated() {
        var first = workUnit(601);
        var second = workUnit(602);
        Member member = new Member(PERSON, IdNumber.parse(ID_1990, TODAY), "cipher", "hash", branch, first,
                new Steps(null, null, null, LocalDate.of(2014, 5, 1), LocalDate.of(2015, 5, 1)), List.of(), null,
                null, TODAY);
        assertRefused(() -> member.changeWorkUnit(second, TODAY.plusDays(1), TODAY), "error.dateInFuture", "on");
        assertRefused(() -> member.changeWorkUnit(second, LocalDate.of(2014, 4, 30), TODAY),
                "member.workUnitBeforeLastChange", "on");
        LocalDate on = LocalDate.of(2020, 1, 1);
        assertThat(member.changeWorkUnit(second, on, TODAY)).isEqualTo(601L);
        assertThat(org.partyregistry.enterprise.entity.EnterprisePeriod.on(member.getWorkUnits(), on.minusDays(1)))
                .containsExactly(601L);
        assertThat(org.partyregistry.enterprise.entity.EnterprisePeriod.on(member.getWorkUnits(), on))
                .containsExactly(602L);
        assertRefused(() -> member.changeWorkUnit(null, on.minusDays(1), TODAY),
                "member.workUnitBeforeLastChange", "on");
        member.changeWorkUnit(null, on, TODAY);
        assertThat(member.getEnterpriseId()).isNull();
        assertThat(org.partyregistry.enterprise.entity.EnterprisePeriod.on(member.getWorkUnits(), on)).isEmpty();
        assertThat(org.partyregistry.enterprise.entity.EnterprisePeriod.on(member.getWorkUnits(), on.minusDays(1)))
                .containsExactly(601L);
    }
}
