package org.partyregistry.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partyregistry.enterprise.entity.CreditCode;
import org.partyregistry.member.entity.CodeList;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Sex;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.PersonalDataCipher;

/**
 * The generator's data obeys the application's own rules (M1-M8, M19, M22, E1, E4, E8), and its keys are unique.
 */
class CityGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    final CityGenerator generator = new CityGenerator(BenchScale.SMALL, new PersonalDataCipher(new byte[32]), TODAY,
            42);

    @Test
    void creditCodesAreValidAndUnique() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            String code = CityGenerator.creditCode(i * 97);
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(50_000);
    }

    @Test
    void membersHaveValidUniqueIdNumbersAndStepsInOrder() {
        Set<String> numbers = new HashSet<>();
        Set<Stage> stages = new HashSet<>();
        for (long id = CityGenerator.FIRST_ID; id < CityGenerator.FIRST_ID + 60_000; id++) {
            CityGenerator.Person person = generator.person(id);
            IdNumber number = IdNumber.parse(person.idNumber(), TODAY);
            assertThat(number.birthDate()).isEqualTo(person.birth());
            assertThat(number.sex()).isEqualTo(person.male() ? Sex.MALE : Sex.FEMALE);
            // rules M3-M8, the same check registration makes
            person.steps().check(person.birth(), null, TODAY);
            assertThat(person.stage()).isEqualTo(person.steps().stage());
            numbers.add(person.idNumber());
            stages.add(person.stage());
        }
        assertThat(numbers).hasSize(60_000);
        assertThat(stages).contains(Stage.APPLICANT, Stage.PROBATIONARY, Stage.FULL);
    }

    @Test
    void theSamePersonIsDerivedAgainByEveryPass() {
        assertThat(generator.person(CityGenerator.FIRST_ID + 123)).isEqualTo(generator.person(
                CityGenerator.FIRST_ID + 123));
    }

    @Test
    void activitiesAndDuesCoverTheTwentyFourCompleteMonthsBeforeThisOne() {
        assertThat(generator.windowStart()).isEqualTo(LocalDate.of(2024, 11, 1));
    }

    @Test
    void organizationsAreFormedInEnterprisesOperatingOnTheirFoundingDate() {
        generator.plan();
        int linked = 0;
        for (CityGenerator.Org org : generator.organizations()) {
            int count = org.enterprises.size();
            switch (org.type) {
                case JOINT_BRANCH -> assertThat(count).as(org.name).isBetween(2, 5);
                case WORKING_COMMITTEE, GROUP -> assertThat(count).as(org.name).isZero();
                default -> assertThat(count).as(org.name).isLessThanOrEqualTo(1);
            }
            for (int e : org.enterprises) {
                // rule E4: operating on the founding date, from which the dated link starts (rule E8)
                assertThat(generator.enterpriseFounded(e)).as(org.name).isBeforeOrEqualTo(org.establishedOn);
                assertThat(generator.enterpriseClosed(e)).as(org.name).isFalse();
                assertThat(org.establishedOn).isBeforeOrEqualTo(TODAY);
                linked++;
            }
            if (org.parent >= 0) {
                assertThat(org.establishedOn).as(org.name)
                        .isAfterOrEqualTo(generator.organizations().get(org.parent).establishedOn);
            }
        }
        assertThat(linked).isGreaterThan(BenchScale.SMALL.organizations / 2);
    }

    @Test
    void membersHaveWorkUnitsCodesAndPlacementsByTheRules() {
        generator.plan();
        List<CityGenerator.Org> orgs = generator.organizations();
        int workUnits = 0;
        int placed = 0;
        Set<String> ethnicities = new HashSet<>();
        java.util.Map<Integer, Integer> elsewhere = new java.util.HashMap<>();
        for (int o = 0; o < orgs.size(); o++) {
            CityGenerator.Org org = orgs.get(o);
            for (int k = 0; k < org.memberCount; k++) {
                CityGenerator.Person person = generator.person(org.firstMember + k);
                CityGenerator.MemberFacts facts = generator.facts(o, person);
                // rule M22: codes of the application's lists
                assertThat(CodeList.ETHNICITY.isCode(facts.ethnicity())).as(facts.ethnicity()).isTrue();
                assertThat(CodeList.EDUCATION.isCode(facts.education())).as(facts.education()).isTrue();
                ethnicities.add(facts.ethnicity());
                if (facts.workUnit() >= 0) {
                    // at one of the branch's enterprises, or at an operating one with no organization
                    if (!org.enterprises.contains(facts.workUnit())) {
                        assertThat(generator.enterpriseClosed(facts.workUnit())).isFalse();
                        assertThat(orgs.stream().noneMatch(x -> x.enterprises.contains(facts.workUnit()))).isTrue();
                        elsewhere.merge(facts.workUnit(), 1, Integer::sum);
                    }
                    workUnits++;
                }
                CityGenerator.Placement placement = facts.placement();
                if (placement != null) {
                    // rule M19: a group directly under the member's branch, existing then, from admission on
                    CityGenerator.Org group = orgs.get(placement.group());
                    assertThat(group.type).isEqualTo(OrganizationType.GROUP);
                    assertThat(group.parent).isEqualTo(o);
                    assertThat(person.stage().isMember()).isTrue();
                    assertThat(placement.placedOn()).isAfterOrEqualTo(group.establishedOn)
                            .isAfterOrEqualTo(person.steps().probationaryOn()).isBeforeOrEqualTo(TODAY);
                    boolean gone = person.status() == MemberStatus.DECEASED
                            || person.status() == MemberStatus.REMOVED;
                    assertThat(placement.endedOn()).isEqualTo(gone ? person.statusSince() : null);
                    if (gone) {
                        assertThat(placement.endedOn()).isAfter(placement.placedOn());
                    }
                    placed++;
                }
            }
        }
        assertThat(workUnits).isGreaterThan(BenchScale.SMALL.members / 2);
        assertThat(placed).isGreaterThan(BenchScale.SMALL.members / 20);
        assertThat(ethnicities).contains("01").hasSizeGreaterThan(1);
        // enough members at some unorganized enterprises for them to count as ones that should form their own
        assertThat(elsewhere.values().stream().filter(n -> n >= 3).count()).isGreaterThan(10);
    }
}
