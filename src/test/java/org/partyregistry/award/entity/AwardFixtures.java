package org.partyregistry.award.entity;

import java.time.LocalDate;
import java.util.List;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.member.entity.Suspension;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.testsupport.Ids;

/** Members born in 1948 with the steps and suspensions a medal test needs, built through the member's own rules. */
final class AwardFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static long nextId = 100;

    private AwardFixtures() {
    }

    static Organization branch() {
        Organization zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(1960, 1, 1), TODAY), 1);
        zone.anchor();
        Organization branch = Ids.withId(new Organization("示例支部", OrganizationType.BRANCH, zone,
                LocalDate.of(1960, 1, 1), TODAY), 2);
        branch.anchor();
        return branch;
    }

    static String idNumber() {
        String first17 = "37070019480315" + String.format("%03d", (int) (nextId % 1000));
        return first17 + IdNumber.checkCharacter(first17);
    }

    static Member member(Steps steps, List<Suspension> suspensions, MemberStatus status, LocalDate since) {
        Member member = new Member(new Member.Person("示例老党员", null, null, null, null, null),
                IdNumber.parse(idNumber(), TODAY), "cipher", "hash", branch(), null, steps, suspensions, status,
                since, TODAY);
        return Ids.withId(member, nextId++);
    }

    /**
     * A full member whose standing starts on {@code start}: admitted then in the era without probation (rule M7),
     * else full on that day after a year's probation begun outside the era.
     */
    static Member fullSince(LocalDate start) {
        Steps steps = new Steps(null, null, null, start, null);
        if (!steps.admittedWithoutProbation()) {
            steps = new Steps(null, null, null, start.minusYears(1), start);
            if (steps.admittedWithoutProbation()) {
                throw new IllegalArgumentException("probation would begin in the era without probation: " + start);
            }
        }
        return member(steps, List.of(), null, null);
    }
}
