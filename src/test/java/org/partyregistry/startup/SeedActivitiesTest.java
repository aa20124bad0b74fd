package org.partyregistry.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Roll;
import org.partyregistry.activity.entity.StudyAttendance;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.testsupport.Ids;

/**
 * The demo activities (seeds/activities.csv, seeds/study-days.csv) pass the activity rules as the seed loader applies
 * them: every listed member on the roll of the day, each day within its session (ACT1-ACT3, ACT12).
 */
class SeedActivitiesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    @DisplayName("ACT12 ACT13 the source article's study class and the demo meetings load; 80% completes, excused does not count")
    void demoActivitiesPassTheRules() {
        AtomicLong ids = new AtomicLong(1);
        Map<String, Organization> organizations = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/organizations.csv")) {
            Organization parent = row.get("parent") == null ? null : organizations.get(row.get("parent"));
            Organization o = Ids.withId(new Organization(row.get("name"), OrganizationType.valueOf(row.get("type")),
                    parent, LocalDate.parse(row.get("establishedOn")), TODAY), ids.getAndIncrement());
            o.anchor();
            organizations.put(row.get("key"), o);
        }
        Map<String, Member> members = new HashMap<>();
        for (Map<String, String> row : Csv.read("seeds/members.csv")) {
            IdNumber id = IdNumber.parse(row.get("idNumber"), TODAY);
            String status = row.get("status");
            Member member = Ids.withId(new Member(new Member.Person(row.get("name"), null, null, null, null, null), id,
                    "cipher", "hash" + ids.get(), organizations.get(row.get("organization")), null,
                    new Steps(date(row.get("appliedOn")), date(row.get("activistOn")),
                            date(row.get("developmentTargetOn")), date(row.get("probationaryOn")),
                            date(row.get("fullOn"))), List.of(),
                    status == null ? null : MemberStatus.valueOf(status), date(row.get("statusSince")), TODAY),
                    ids.getAndIncrement());
            members.put(member.getName(), member);
        }
        for (Map<String, String> row : Csv.read("seeds/group-placements.csv")) {
            Member member = members.get(row.get("member"));
            assertThat(member).as("seed member " + row.get("member")).isNotNull();
            member.placeInGroup(organizations.get(row.get("group")), LocalDate.parse(row.get("placedOn")),
                    member.steps().probationaryOn() != null ? member.steps().probationaryOn()
                            : member.steps().fullOn(), TODAY);
        }
        Map<String, List<Map<String, String>>> days = new HashMap<>();
        Csv.read("seeds/study-days.csv").forEach(r -> days.computeIfAbsent(r.get("activity"),
                k -> new ArrayList<>()).add(r));
        List<Activity> activities = new ArrayList<>();
        for (Map<String, String> row : Csv.read("seeds/activities.csv")) {
            Organization organization = organizations.get(row.get("organization"));
            LocalDate heldOn = LocalDate.parse(row.get("heldOn"));
            Activity activity = new Activity(organization, ActivityType.valueOf(row.get("type")),
                    new Activity.Details(row.get("title"), heldOn, date(row.get("endsOn")), row.get("location"),
                            row.get("topic"), row.get("host"), null, null), sheet(row, members),
                    roll(organization, heldOn, members), 5, TODAY);
            for (Map<String, String> day : days.getOrDefault(row.get("key"), List.of())) {
                LocalDate on = LocalDate.parse(day.get("day"));
                activity.recordAttendance(on, sheet(day, members), roll(organization, on, members), TODAY, "");
            }
            activities.add(activity);
        }
        Activity study = activities.stream().filter(a -> a.getType() == ActivityType.STUDY_SESSION).findFirst()
                .orElseThrow();
        assertThat(study.getTitle()).isEqualTo("潍坊高新区党工委理论学习中心组党史学习教育专题读书班");
        assertThat(study.getOrganization().getName()).isEqualTo("潍坊高新区党工委");
        assertThat(study.days()).hasSize(5);
        Map<Long, String> names = new HashMap<>();
        members.values().forEach(m -> names.put(m.getId(), m.getName()));
        StudyAttendance figures = StudyAttendance.of(study, names, StudyAttendance.COMPLETION_PERCENT);
        Map<String, StudyAttendance.Member> byName = new HashMap<>();
        figures.members().forEach(m -> byName.put(m.name(), m));
        assertThat(byName.get("示例党员乙").completed()).as("4 of 5 days, one excused").isTrue();
        assertThat(byName.get("示例党员庚").completed()).as("3 of 5 days, two excused").isFalse();
        assertThat(figures.completed()).hasSizeBetween(5, figures.members().size() - 1);
        assertThat(activities).filteredOn(a -> a.getType() == ActivityType.GROUP_MEETING).hasSizeGreaterThan(3)
                .as("ACT17 each group meeting lists its group's members").allMatch(a -> a.count(
                        org.partyregistry.activity.entity.AttendanceStatus.PRESENT) > 0);
        assertThat(activities).as("the demo shows an invalid meeting too").anyMatch(a -> !a.isValid());
    }

    /** Rules ACT3, ACT17: the roll of the day; a party group's holds the members placed in it (M20). */
    private static Roll roll(Organization organization, LocalDate on, Map<String, Member> members) {
        if (organization.getType() != OrganizationType.GROUP) {
            return Roll.of(organization.getPath(), on, members.values(), List.of());
        }
        java.util.Set<Long> placed = new java.util.HashSet<>();
        members.values().forEach(m -> m.getPlacements().stream()
                .filter(p -> p.getGroup().equals(organization) && p.covers(on)).forEach(p -> placed.add(m.getId())));
        return Roll.of(organization.getParent().getPath(), on, members.values(), List.of()).restrictedTo(placed);
    }

    private static Activity.Sheet sheet(Map<String, String> row, Map<String, Member> members) {
        return new Activity.Sheet(ids(row.get("present"), members), ids(row.get("excused"), members),
                ids(row.get("absent"), members));
    }

    private static List<Long> ids(String names, Map<String, Member> members) {
        if (names == null || names.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String name : names.split(";")) {
            assertThat(members).as("seed member " + name).containsKey(name.strip());
            ids.add(members.get(name.strip()).getId());
        }
        return ids;
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }
}
