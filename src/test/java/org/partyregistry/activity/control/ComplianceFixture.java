package org.partyregistry.activity.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.organization.entity.OrganizationType;

/** Query rows for the compliance rules, built by hand: organizations, activities held, committee members. */
final class ComplianceFixture {

    private final List<OrganizationLife> organizations = new ArrayList<>();
    private final Map<Long, List<HeldCount>> held = new HashMap<>();
    private final Map<Long, List<CommitteeSpan>> committees = new HashMap<>();
    private final Map<OrganizationType, Map<ActivityType, Frequency>> frequencies =
            new EnumMap<>(OrganizationType.class);

    /** The default frequencies of the domain brief for branches and groups. */
    static ComplianceFixture defaults() {
        ComplianceFixture f = new ComplianceFixture();
        f.require(OrganizationType.BRANCH, ActivityType.BRANCH_GENERAL_MEETING, Frequency.QUARTERLY)
                .require(OrganizationType.BRANCH, ActivityType.BRANCH_COMMITTEE_MEETING, Frequency.MONTHLY)
                .require(OrganizationType.BRANCH, ActivityType.PARTY_LECTURE, Frequency.QUARTERLY)
                .require(OrganizationType.BRANCH, ActivityType.THEMED_PARTY_DAY, Frequency.MONTHLY)
                .require(OrganizationType.BRANCH, ActivityType.ORGANIZATION_LIFE_MEETING, Frequency.YEARLY)
                .require(OrganizationType.BRANCH, ActivityType.DEMOCRATIC_REVIEW, Frequency.YEARLY)
                .require(OrganizationType.GROUP, ActivityType.GROUP_MEETING, Frequency.MONTHLY);
        return f;
    }

    ComplianceFixture require(OrganizationType organizationType, ActivityType type, Frequency frequency) {
        frequencies.computeIfAbsent(organizationType, t -> new EnumMap<>(ActivityType.class)).put(type, frequency);
        return this;
    }

    ComplianceFixture organization(long id, OrganizationType type, Long parentId, LocalDate established,
                                   LocalDate dissolved) {
        organizations.add(new OrganizationLife(id, "org" + id, type, parentId, "/" + id + "/", established,
                dissolved));
        return this;
    }

    ComplianceFixture held(long organizationId, ActivityType type, LocalDate day, boolean valid, long count) {
        held.computeIfAbsent(organizationId, id -> new ArrayList<>())
                .add(new HeldCount(Long.valueOf(organizationId), type, Boolean.valueOf(valid), day,
                        Long.valueOf(count)));
        return this;
    }

    /** {@code members} full members from {@code fullFrom} under a term elected on {@code electedOn}. */
    ComplianceFixture committee(long organizationId, LocalDate electedOn, LocalDate fullFrom, long members) {
        committees.computeIfAbsent(organizationId, id -> new ArrayList<>())
                .add(new CommitteeSpan(organizationId, electedOn, null, fullFrom, MemberStatus.ACTIVE, null, null,
                        members));
        return this;
    }

    ComplianceRules.Facts facts() {
        return new ComplianceRules.Facts(organizations, held, committees, frequencies);
    }

    Map<Long, ComplianceReport> reports(LocalDate from, LocalDate to, LocalDate today) {
        return ComplianceRules.reports(facts(), new ComplianceRules.Request(from, to, today, true));
    }

    static ComplianceReport.Row row(ComplianceReport report, ActivityType type) {
        return report.rows().stream().filter(r -> r.type() == type).findFirst().orElseThrow();
    }
}
