package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;
import static org.partyregistry.it.support.JsonBodies.with;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.platform.PrintChecks;

/**
 * The activity and compliance REST contract on a real Payara Micro and database (H2, and PostgreSQL in CI). Every
 * test builds its own branches and registers its own members through the members API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate LAST_YEAR_START = LocalDate.of(TODAY.getYear() - 1, 1, 1);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    Fixtures fixtures;
    String tag;
    long zone;
    long branchA;
    long branchB;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
        zone = fixtures.organization("工委", "WORKING_COMMITTEE", null);
        branchA = fixtures.organization("甲支部", "BRANCH", zone);
        branchB = fixtures.organization("乙支部", "BRANCH", zone);
    }

    private long full(String name, long organizationId) {
        return fixtures.fullMember(name, organizationId);
    }

    private long probationary(String name, long organizationId) {
        return fixtures.member(name, organizationId).probationaryOn(TODAY.minusMonths(3)).create();
    }

    /** A meeting titled 会议 with these present, and {@code more} fields (names and values). */
    private static JsonObject activity(long organizationId, String type, LocalDate heldOn, List<Long> present,
                                       Object... more) {
        return with(json("organizationId", organizationId, "type", type, "title", "会议", "heldOn", heldOn,
                "presentMemberIds", present), more);
    }

    private Api.Reply record(JsonObject json) {
        return api.post("/api/activities", json, ADMIN, ADMIN_PASSWORD);
    }

    private int count(long organizationId) {
        return api.get("/api/activities?organizationId=" + organizationId, ADMIN, ADMIN_PASSWORD).array().size();
    }

    @Test
    @DisplayName("ACT4: a general meeting needs more than half of the full members; probationary members do not count")
    void generalMeetingQuorum() {
        List<Long> fulls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fulls.add(full("示例党员" + i, branchA));
        }
        long probationary = probationary("示例预备党员", branchA);

        List<Long> half = new ArrayList<>(fulls.subList(0, 2));
        half.add(probationary);
        Api.Reply invalid = record(activity(branchA, "BRANCH_GENERAL_MEETING", TODAY, half,
                "absentMemberIds", fulls.subList(2, 4)));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(201);
        assertThat(invalid.raw().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/activities/" + invalid.id()));
        assertThat(invalid.object().getBoolean("valid")).isFalse();
        assertThat(invalid.object().getString("invalidReason")).contains("2").contains("4");
        assertThat(invalid.object().getInt("quorumPresent")).isEqualTo(2);
        assertThat(invalid.object().getInt("quorumBase")).isEqualTo(4);
        assertThat(invalid.object().getInt("present")).isEqualTo(3);
        assertThat(invalid.object().getInt("absent")).isEqualTo(2);

        Api.Reply valid = record(activity(branchA, "BRANCH_GENERAL_MEETING", TODAY, fulls.subList(0, 3)));
        assertThat(valid.status()).as(valid.toString()).isEqualTo(201);
        assertThat(valid.object().getBoolean("valid")).isTrue();
        assertThat(valid.object().containsKey("invalidReason")).isFalse();

        Api.Reply english = api.get("/api/activities/" + invalid.id(), ADMIN, ADMIN_PASSWORD, "en");
        assertThat(english.object().getString("invalidReason")).contains("not more than half");

        Map<Long, Boolean> listed = new HashMap<>();
        api.get("/api/activities?organizationId=" + branchA + "&from=" + TODAY + "&to=" + TODAY, ADMIN,
                ADMIN_PASSWORD).array().forEach(a -> listed.put(((JsonObject) a).getJsonNumber("id").longValue(),
                ((JsonObject) a).getBoolean("valid")));
        assertThat(listed).containsExactlyInAnyOrderEntriesOf(Map.of(invalid.id(), false, valid.id(), true));
        assertThat(api.get("/api/activities?organizationId=" + branchA + "&to=" + TODAY.minusDays(1), ADMIN,
                ADMIN_PASSWORD).array()).isEmpty();
    }

    @Test
    @DisplayName("ACT1-ACT3: bad input is a 400 on the field at fault and writes nothing; script in minutes is stripped")
    void refusesBadInput() {
        long a1 = full("示例党员甲", branchA);
        long a2 = full("示例党员乙", branchA);
        long b1 = full("示例党员丙", branchB);
        List<Api.Reply> bad = List.of(
                record(activity(branchA, "PARTY_LECTURE", TODAY, List.of(a1, b1))),
                record(activity(branchA, "PARTY_LECTURE", TODAY, List.of(a1), "absentMemberIds", List.of(a1))),
                record(activity(branchA, "PARTY_LECTURE", TODAY.plusDays(1), List.of(a1))),
                record(activity(branchA, "STUDY_SESSION", TODAY.minusDays(3), List.of(a1),
                        "endsOn", TODAY.minusDays(4))),
                record(activity(branchA, "PARTY_LECTURE", LocalDate.of(2015, 6, 30), List.of(a1))),
                record(json("organizationId", branchA, "type", "PARTY_LECTURE", "title", "党课")),
                record(activity(branchA, "NO_SUCH_TYPE", TODAY, List.of(a1))));
        assertThat(bad).extracting(Api.Reply::status).containsOnly(400);
        assertThat(bad.subList(0, 6)).extracting(r -> r.errorFields().get(0)).containsExactly("presentMemberIds",
                "absentMemberIds", "heldOn", "endsOn", "presentMemberIds", "heldOn");
        assertThat(count(branchA)).isZero();

        Api.Reply english = api.post("/api/activities", activity(branchA, "PARTY_LECTURE", TODAY, List.of(b1)),
                ADMIN, ADMIN_PASSWORD, "en");
        assertThat(english.object().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("not a member");

        Api.Reply minutes = record(activity(branchA, "PARTY_LECTURE", TODAY, List.of(a1, a2),
                "minutes", "<p onclick=\"x()\">学习<b>党章</b></p><script>alert(1)</script>"));
        assertThat(minutes.status()).as(minutes.toString()).isEqualTo(201);
        assertThat(minutes.object().getString("minutes")).contains("<b>党章</b>").doesNotContain("script")
                .doesNotContain("onclick");
        assertThat(minutes.object().getBoolean("valid")).as("ACT6: a lecture is valid when held").isTrue();
        assertThat(count(branchA)).isEqualTo(1);
    }

    @Test
    @DisplayName("ACT3: a transferred member attends the receiving branch from the day the transfer was received")
    void membershipFollowsTransfers() {
        long moved = full("示例党员丁", branchB);
        LocalDate sent = TODAY.minusDays(60);
        LocalDate received = TODAY.minusDays(30);
        Api.Reply transfer = api.post("/api/members/" + moved + "/transfers", json("toOrganizationId", branchA,
                "on", sent), ADMIN, ADMIN_PASSWORD);
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
        assertThat(api.post("/api/transfers/" + transfer.id() + "/receive", json("on", received), ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(200);

        assertThat(record(activity(branchA, "THEMED_PARTY_DAY", received.minusDays(1), List.of(moved)))
                .status()).as("not yet in A").isEqualTo(400);
        assertThat(record(activity(branchB, "THEMED_PARTY_DAY", received.minusDays(1), List.of(moved)))
                .status()).as("still in B").isEqualTo(201);
        assertThat(record(activity(branchA, "THEMED_PARTY_DAY", received, List.of(moved))).status())
                .isEqualTo(201);
        assertThat(record(activity(branchB, "THEMED_PARTY_DAY", received, List.of(moved))).status())
                .isEqualTo(400);
        assertThat(count(branchA)).isEqualTo(1);
        assertThat(count(branchB)).isEqualTo(1);
    }

    @Test
    @DisplayName("ACT3, ACT4: the roll of a day lists who was in the branch then; one suspended that day has no vote")
    void rollOfTheDay() {
        LocalDate firstFrom = TODAY.minusDays(200);
        LocalDate firstUntil = TODAY.minusDays(150);
        LocalDate secondFrom = TODAY.minusDays(100);
        long twice = fixtures.member("示例党员戊", branchA).full().with("suspensions", List.of(
                json("from", firstFrom, "to", firstUntil), json("from", secondFrom))).with("status", "SUSPENDED")
                .with("statusSince", secondFrom).create();
        long voter = full("示例党员己", branchA);
        // transferred to B on a later day, twice suspended too: read from B's rows, with its transfer's day
        long moved = fixtures.member("示例党员庚", branchA).full().with("suspensions", List.of(
                json("from", firstFrom, "to", firstUntil), json("from", TODAY.minusDays(60),
                        "to", TODAY.minusDays(55)))).create();
        Api.Reply transfer = api.post("/api/members/" + moved + "/transfers", json("toOrganizationId", branchB,
                "on", TODAY.minusDays(40)), ADMIN, ADMIN_PASSWORD);
        assertThat(transfer.status()).as(transfer.toString()).isEqualTo(201);
        assertThat(api.post("/api/transfers/" + transfer.id() + "/receive", json("on", TODAY.minusDays(30)), ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(200);

        assertThat(roll(branchA, firstFrom.minusDays(1))).containsExactlyInAnyOrderEntriesOf(
                Map.of(twice, true, voter, true, moved, true));
        assertThat(roll(branchA, firstFrom)).containsExactlyInAnyOrderEntriesOf(
                Map.of(twice, false, voter, true, moved, false));
        assertThat(roll(branchA, firstUntil)).as("the suspension's last day is the day before its end")
                .containsExactlyInAnyOrderEntriesOf(Map.of(twice, true, voter, true, moved, true));
        assertThat(roll(branchA, TODAY.minusDays(58))).containsExactlyInAnyOrderEntriesOf(
                Map.of(twice, false, voter, true, moved, false));
        assertThat(roll(branchA, TODAY.minusDays(31))).containsExactlyInAnyOrderEntriesOf(
                Map.of(twice, false, voter, true, moved, true));
        assertThat(roll(branchA, TODAY.minusDays(30))).containsExactlyInAnyOrderEntriesOf(
                Map.of(twice, false, voter, true));
        assertThat(roll(branchB, TODAY.minusDays(31))).isEmpty();
        assertThat(roll(branchB, TODAY)).containsExactlyInAnyOrderEntriesOf(Map.of(moved, true));
        assertThat(roll(zone, TODAY.minusDays(31))).as("the committee's roll holds both branches once each")
                .containsExactlyInAnyOrderEntriesOf(Map.of(twice, false, voter, true, moved, true));
    }

    /** The roll of the day: each member listed, and whether they vote. */
    private Map<Long, Boolean> roll(long organizationId, LocalDate on) {
        Api.Reply reply = api.get("/api/activities/roll?organizationId=" + organizationId + "&on=" + on, ADMIN,
                ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<Long, Boolean> roll = new HashMap<>();
        reply.array().forEach(e -> roll.put(((JsonObject) e).getJsonNumber("memberId").longValue(),
                ((JsonObject) e).getBoolean("voting")));
        return roll;
    }

    @Test
    @DisplayName("ACT9: a secretary records for their own branch only; another branch is 403 and nothing is written")
    void secretaryScope() {
        long a1 = full("示例党员戊", branchA);
        long b1 = full("示例党员己", branchB);
        String secretary = "act-" + tag;
        String password = "Secret-" + tag + "-1";
        fixtures.secretary(secretary, password, branchA);
        assertThat(api.post("/api/activities", activity(branchB, "PARTY_LECTURE", TODAY, List.of(b1)),
                secretary, password).status()).isEqualTo(403);
        assertThat(api.get("/api/activities?organizationId=" + branchB, secretary, password).status())
                .isEqualTo(403);
        assertThat(api.get("/api/reports/compliance?organizationId=" + branchB + "&from=" + LAST_YEAR_START
                + "&to=" + LAST_YEAR_START.plusYears(1).minusDays(1), secretary, password).status()).isEqualTo(403);
        assertThat(count(branchB)).isZero();
        Api.Reply own = api.post("/api/activities", activity(branchA, "PARTY_LECTURE", TODAY, List.of(a1)),
                secretary, password);
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(api.get("/api/activities?organizationId=" + branchA, secretary, password).array()).hasSize(1);
    }

    private static Map<String, JsonObject> rows(JsonObject report) {
        Map<String, JsonObject> rows = new HashMap<>();
        report.getJsonArray("rows").forEach(r -> rows.put(((JsonObject) r).getString("type"), (JsonObject) r));
        return rows;
    }

    /** required, held, valid, missing. */
    private static List<Integer> numbers(JsonObject row) {
        return List.of(row.getInt("required"), row.getInt("held"), row.getInt("valid"), row.getInt("missing"));
    }

    @Test
    @DisplayName("ACT5 ACT7 ACT8 ACT18: compliance counts whole months and quarters, held, valid and missing per type")
    void compliance() {
        List<Long> fulls = new ArrayList<>();
        for (int i = 0; i < 7; i++) { // 7 full members on the election date (rule O12)
            fulls.add(full("示例党员" + i, branchA));
        }
        long term = fixtures.term(branchA, 1, LocalDate.of(2020, 1, 1), 5);
        List<JsonObject> holders = new ArrayList<>();
        List<String> seats = List.of("SECRETARY", "DEPUTY_SECRETARY", "ORGANIZATION", "PUBLICITY", "DISCIPLINE");
        for (int i = 0; i < seats.size(); i++) {
            holders.add(json("memberId", fulls.get(i), "seat", seats.get(i)));
        }
        assertThat(api.put("/api/terms/" + term + "/committee", json("holders", holders), ADMIN, ADMIN_PASSWORD)
                .status()).isEqualTo(200);
        LocalDate march = LAST_YEAR_START.plusMonths(2).plusDays(9);
        assertThat(record(activity(branchA, "BRANCH_GENERAL_MEETING", march, fulls.subList(0, 4)))
                .object().getBoolean("valid")).isTrue();
        assertThat(record(activity(branchA, "BRANCH_GENERAL_MEETING", march.plusMonths(4), fulls.subList(0, 2)))
                .object().getBoolean("valid")).isFalse();
        Api.Reply committee = record(activity(branchA, "BRANCH_COMMITTEE_MEETING", march, fulls.subList(0, 2)));
        assertThat(committee.object().getBoolean("valid")).as("2 of 5 seats").isFalse();
        assertThat(record(activity(branchA, "BRANCH_COMMITTEE_MEETING", march.plusMonths(1), fulls.subList(0, 3)))
                .object().getBoolean("valid")).as("3 of 5 seats").isTrue();
        assertThat(record(activity(branchA, "THEMED_PARTY_DAY", march, fulls)).status()).isEqualTo(201);
        assertThat(record(activity(branchA, "THEMED_PARTY_DAY", LAST_YEAR_START.minusDays(1), fulls)).status())
                .as("outside the period").isEqualTo(201);

        LocalDate from = LAST_YEAR_START;
        LocalDate to = LAST_YEAR_START.plusYears(1).minusDays(1);
        Api.Reply reply = api.get("/api/reports/compliance?organizationId=" + branchA + "&from=" + from + "&to=" + to,
                ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject report = reply.object();
        assertThat(report.getJsonNumber("organizationId").longValue()).isEqualTo(branchA);
        assertThat(report.getString("from")).isEqualTo(from.toString());
        assertThat(report.getString("to")).isEqualTo(to.toString());
        Map<String, JsonObject> rows = rows(report);
        assertThat(numbers(rows.get("BRANCH_GENERAL_MEETING"))).containsExactly(4, 2, 1, 3);
        assertThat(numbers(rows.get("BRANCH_COMMITTEE_MEETING"))).containsExactly(12, 2, 1, 11);
        assertThat(rows.get("THEMED_PARTY_DAY").getInt("held")).isEqualTo(1);
        assertThat(rows.get("THEMED_PARTY_DAY").getInt("missing")).isEqualTo(11);
        assertThat(rows.get("ORGANIZATION_LIFE_MEETING").getInt("required")).isEqualTo(1);
        assertThat(rows.get("GROUP_MEETING").getInt("required")).as("required of groups, not branches").isZero();

        JsonObject partial = api.get("/api/reports/compliance?organizationId=" + branchA + "&from="
                + from.plusDays(1) + "&to=" + to, ADMIN, ADMIN_PASSWORD).object();
        assertThat(rows(partial).get("BRANCH_GENERAL_MEETING").getInt("required")).as("Q2-Q4").isEqualTo(3);
        assertThat(rows(partial).get("THEMED_PARTY_DAY").getInt("required")).as("Feb-Dec").isEqualTo(11);
        assertThat(rows(partial).get("ORGANIZATION_LIFE_MEETING").getInt("required")).isZero();

        JsonObject noCommittee = api.get("/api/reports/compliance?organizationId=" + branchB + "&from=" + from
                + "&to=" + to, ADMIN, ADMIN_PASSWORD).object();
        assertThat(rows(noCommittee).get("BRANCH_COMMITTEE_MEETING").getInt("required"))
                .as("no term with seats: no committee").isZero();
        assertThat(rows(noCommittee).get("BRANCH_GENERAL_MEETING").getInt("missing")).isEqualTo(4);

        assertThat(api.get("/api/reports/compliance?organizationId=" + branchA + "&from=" + to + "&to=" + from,
                ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        assertThat(api.get("/api/reports/compliance?organizationId=" + branchA + "&from=" + from, ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(400);
        assertThat(api.get("/api/reports/compliance?organizationId=" + branchA + "&from=" + from.minusYears(10)
                + "&to=" + to, ADMIN, ADMIN_PASSWORD).errorFields()).as("over 10 years").contains("to");
    }

    @Test
    @DisplayName("ACT7 ACT8: staff change a frequency and the report follows; the workbook holds the same numbers")
    void editableFrequenciesAndWorkbook() throws Exception {
        long group = fixtures.organization("第一党小组", "GROUP", branchA);
        LocalDate from = LAST_YEAR_START;
        LocalDate to = LAST_YEAR_START.plusYears(1).minusDays(1);
        String path = "/api/reports/compliance?organizationId=" + group + "&from=" + from + "&to=" + to;
        assertThat(rows(api.get(path, ADMIN, ADMIN_PASSWORD).object()).get("GROUP_MEETING").getInt("required"))
                .isEqualTo(12);
        String secretary = "actf-" + tag;
        String password = "Secret-" + tag + "-2";
        fixtures.secretary(secretary, password, branchA);
        assertThat(api.put("/api/activities/requirements/GROUP/PARTY_LECTURE", json("frequency", "YEARLY"),
                secretary, password).status()).as("reference data: staff only").isEqualTo(403);
        try {
            Api.Reply changed = api.put("/api/activities/requirements/GROUP/PARTY_LECTURE",
                    json("frequency", "QUARTERLY"), ADMIN, ADMIN_PASSWORD);
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
            assertThat(rows(api.get(path, ADMIN, ADMIN_PASSWORD).object()).get("PARTY_LECTURE").getInt("required"))
                    .isEqualTo(4);
        } finally {
            api.put("/api/activities/requirements/GROUP/PARTY_LECTURE", json("frequency", "NONE"), ADMIN,
                    ADMIN_PASSWORD);
        }
        assertThat(rows(api.get(path, ADMIN, ADMIN_PASSWORD).object()).get("PARTY_LECTURE").getInt("required"))
                .isZero();

        HttpResponse<byte[]> workbook = api.getBytes("/api/reports/compliance/xlsx?organizationId=" + group
                + "&from=" + from + "&to=" + to, ADMIN, ADMIN_PASSWORD);
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("第一党小组 " + tag);
            boolean found = false;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                if ("党小组会".equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    assertThat(sheet.getRow(r).getCell(2).getNumericCellValue()).isEqualTo(12.0);
                    assertThat(sheet.getRow(r).getCell(5).getNumericCellValue()).isEqualTo(12.0);
                    found = true;
                }
            }
            assertThat(found).isTrue();
            PrintChecks.assertPrintReady(sheet, 6, 3, 3, false);
        }
    }

    @Test
    @DisplayName("ACT10: the falling-behind view lists the organizations in scope missing a required activity")
    void fallingBehind() {
        long group1 = fixtures.organization("第一党小组", "GROUP", branchA);
        long group2 = fixtures.organization("第二党小组", "GROUP", branchA);
        long member1 = full("示例组员甲", branchA);
        long member2 = full("示例组员乙", branchA);
        LocalDate placed = LocalDate.of(2016, 7, 1);
        assertThat(api.put("/api/members/" + member1 + "/group", json("groupId", group1, "on", placed), ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(api.put("/api/members/" + member2 + "/group", json("groupId", group2, "on", placed), ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(200);
        LocalDate from = TODAY.withDayOfMonth(1).minusMonths(1);
        LocalDate to = TODAY.withDayOfMonth(1).minusDays(1);
        assertThat(record(activity(group1, "GROUP_MEETING", from.plusDays(5), List.of(member1))).status())
                .isEqualTo(201);
        Api.Reply staff = api.get("/api/reports/compliance/behind?from=" + from + "&to=" + to, ADMIN,
                ADMIN_PASSWORD);
        assertThat(staff.status()).as(staff.toString()).isEqualTo(200);
        assertThat(staff.longs("organizationId")).contains(group2, branchA, branchB).doesNotContain(group1, zone);

        String secretary = "actb-" + tag;
        String password = "Secret-" + tag + "-3";
        fixtures.secretary(secretary, password, branchB);
        List<Long> own = api.get("/api/reports/compliance/behind?from=" + from + "&to=" + to, secretary,
                password).longs("organizationId");
        assertThat(own).containsExactly(branchB);
    }

    @Test
    @DisplayName("ACT11: active members admitted 6 months ago and absent from every activity since are flagged")
    void idleMembers() {
        long attendedLongAgo = full("示例党员久未参加", branchA);
        long attendedRecently = full("示例党员近期参加", branchA);
        long never = full("示例党员从未参加", branchA);
        long newcomer = probationary("示例新党员", branchA);
        assertThat(record(activity(branchA, "PARTY_LECTURE", TODAY.minusMonths(7), List.of(attendedLongAgo,
                attendedRecently))).status()).isEqualTo(201);
        assertThat(record(activity(branchA, "PARTY_LECTURE", TODAY.minusMonths(1), List.of(attendedRecently),
                "absentMemberIds", List.of(attendedLongAgo, never))).status()).isEqualTo(201);
        Api.Reply idle = api.get("/api/activities/idle-members?organizationId=" + branchA, ADMIN, ADMIN_PASSWORD);
        assertThat(idle.status()).as(idle.toString()).isEqualTo(200);
        assertThat(idle.longs("memberId")).containsExactlyInAnyOrder(attendedLongAgo, never)
                .doesNotContain(attendedRecently, newcomer);
    }
}
