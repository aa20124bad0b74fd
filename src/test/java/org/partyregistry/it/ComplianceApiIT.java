package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.IdNumbers;
import org.partyregistry.it.support.Workbooks;
import org.partyregistry.platform.PrintChecks;

/**
 * Issue 13 on a real Payara Micro and database: party groups with members, group meetings, committee meetings that
 * follow the committee, periods clipped to an organization's life and the period in progress, and the compliance
 * table with its workbook. Each test builds its own tree.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplianceApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate LAST_YEAR_START = LocalDate.of(TODAY.getYear() - 1, 1, 1);
    private static final LocalDate LAST_YEAR_END = LAST_YEAR_START.plusYears(1).minusDays(1);
    private static final LocalDate PLACED = LocalDate.of(2020, 1, 1);

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

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
        zone = fixtures.organization("工委", "WORKING_COMMITTEE", null);
    }

    /** Rule ACT21: whatever a test wrote and read, every kept figure is what the activities give (0 differences). */
    @AfterEach
    void keptFiguresAgreeWithTheActivities() {
        Api.Reply kept = api.get("/api/reports/compliance/kept", ADMIN, ADMIN_PASSWORD);
        assertThat(kept.status()).as(kept.toString()).isEqualTo(200);
        assertThat(kept.object().getJsonNumber("differences").longValue()).as(kept.toString()).isZero();
    }

    private Api.Reply place(long member, Long group, LocalDate on) {
        return api.put("/api/members/" + member + "/group", json("groupId", group, "on", on), ADMIN,
                ADMIN_PASSWORD);
    }

    private List<Long> roll(long organization, LocalDate on) {
        Api.Reply reply = api.get("/api/organizations/" + organization + "/roll?on=" + on, ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.longs("memberId");
    }

    private Api.Reply meeting(long organization, String type, LocalDate heldOn, List<Long> present, Long groupId) {
        return api.post("/api/activities", json("organizationId", organization, "type", type, "title", "会议",
                "heldOn", heldOn, "presentMemberIds", present, "groupId", groupId), ADMIN, ADMIN_PASSWORD);
    }

    private JsonObject report(long organization, LocalDate from, LocalDate to) {
        Api.Reply reply = api.get("/api/reports/compliance?organizationId=" + organization + "&from=" + from + "&to="
                + to, ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static JsonObject row(JsonObject report, String type) {
        return report.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("type").equals(type)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("M19 M20 ACT17: members placed and moved between a branch's groups; a group meeting lists its group")
    void groupsAndGroupMeetings() {
        long branch = fixtures.organization("支部", "BRANCH", zone);
        long group1 = fixtures.organization("第一党小组", "GROUP", branch);
        long group2 = fixtures.organization("第二党小组", "GROUP", branch);
        long other = fixtures.organization("他支部", "BRANCH", zone);
        long otherGroup = fixtures.organization("他党小组", "GROUP", other);
        long a = fixtures.fullMember("示例组员甲", branch);
        long b = fixtures.fullMember("示例组员乙", branch);
        long c = fixtures.fullMember("示例组员丙", branch);

        Api.Reply placed = place(a, group1, PLACED);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        assertThat(placed.object().getJsonNumber("groupId").longValue()).isEqualTo(group1);
        assertThat(placed.object().getString("groupName")).contains("第一党小组");
        assertThat(place(b, group1, PLACED).status()).isEqualTo(200);
        LocalDate moved = PLACED.plusYears(2);
        assertThat(place(b, group2, moved).status()).as("moved").isEqualTo(200);
        assertThat(roll(group1, moved.minusDays(1))).containsExactlyInAnyOrder(a, b);
        assertThat(roll(group1, moved)).containsExactly(a);
        assertThat(roll(group2, moved)).containsExactly(b);
        assertThat(roll(branch, moved)).containsExactlyInAnyOrder(a, b, c);

        assertThat(place(c, otherGroup, PLACED).errorFields()).as("another branch's group").containsExactly("groupId");
        assertThat(place(c, group1, LocalDate.of(2015, 6, 30)).errorFields()).as("before joining (2015-07-01)")
                .containsExactly("on");
        assertThat(place(b, group1, moved.minusDays(1)).errorFields()).as("before the latest change")
                .containsExactly("on");
        assertThat(place(c, group1, TODAY.plusDays(1)).errorFields()).as("in the future").containsExactly("on");
        assertThat(api.get("/api/members/" + c, ADMIN, ADMIN_PASSWORD).object().containsKey("groupId"))
                .as("nothing written").isFalse();
        assertThat(roll(group2, moved)).containsExactly(b);

        LocalDate day = TODAY.minusDays(3);
        Api.Reply fromBranch = meeting(branch, "GROUP_MEETING", day, List.of(a), group1);
        assertThat(fromBranch.status()).as(fromBranch.toString()).isEqualTo(201);
        assertThat(fromBranch.object().getJsonNumber("organizationId").longValue()).as("the group's meeting")
                .isEqualTo(group1);
        assertThat(fromBranch.object().getBoolean("valid")).isTrue();
        assertThat(meeting(group2, "GROUP_MEETING", day, List.of(b), null).status()).as("on the group itself")
                .isEqualTo(201);
        assertThat(meeting(branch, "GROUP_MEETING", day, List.of(a), null).errorFields()).as("no group named")
                .containsExactly("groupId");
        assertThat(meeting(branch, "GROUP_MEETING", day, List.of(a), otherGroup).errorFields())
                .containsExactly("groupId");
        assertThat(meeting(branch, "GROUP_MEETING", day, List.of(b), group1).errorFields())
                .as("b is in the second group").containsExactly("presentMemberIds");
        assertThat(meeting(branch, "GROUP_MEETING", day, List.of(), group1).errorFields()).as("nobody present")
                .containsExactly("presentMemberIds");
        long noGroups = fixtures.organization("无小组支部", "BRANCH", zone);
        Api.Reply refused = meeting(noGroups, "GROUP_MEETING", day, List.of(), null);
        assertThat(refused.errorFields()).containsExactly("groupId");
        assertThat(refused.errorMessage()).contains("没有党小组");
        assertThat(meeting(group1, "PARTY_LECTURE", day, List.of(a), null).errorFields())
                .as("a group holds no party lecture").containsExactly("type");
        assertThat(meeting(branch, "PARTY_LECTURE", day, List.of(a), group1).errorFields())
                .as("a group only for group meetings").containsExactly("groupId");
        assertThat(meeting(zone, "GROUP_MEETING", day, List.of(), null).errorFields()).containsExactly("type");
        assertThat(api.get("/api/activities?organizationId=" + branch + "&from=" + day + "&to=" + day, ADMIN,
                ADMIN_PASSWORD).array()).as("only the two accepted meetings").hasSize(2);

        long version = api.get("/api/members/" + c, ADMIN, ADMIN_PASSWORD).object().getJsonNumber("version")
                .longValue();
        Api.Reply current = api.put("/api/members/" + c + "/group", json("groupId", group2, "on", TODAY,
                "version", version), ADMIN, ADMIN_PASSWORD);
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        assertThat(current.object().getJsonNumber("version").longValue()).isGreaterThan(version);
        assertThat(api.put("/api/members/" + c + "/group", json("groupId", group1, "on", TODAY, "version", version),
                ADMIN, ADMIN_PASSWORD).status()).as("a stale version").isEqualTo(409);
        assertThat(api.get("/api/audit?entityType=Member&action=GROUP&entityId=" + c, ADMIN, ADMIN_PASSWORD).array())
                .as("each change audited, refusals not").hasSize(1);

        assertThat(place(a, null, TODAY).status()).as("taken out").isEqualTo(200);
        assertThat(roll(group1, TODAY)).isEmpty();
        assertThat(roll(group1, TODAY.minusDays(1))).containsExactly(a);
    }

    @Test
    @DisplayName("M19: the import workbook's group column places members by group name; a bad name imports nothing")
    void importWithGroups() {
        long branch = fixtures.organization("导入支部", "BRANCH", zone);
        long group = fixtures.organization("导入党小组", "GROUP", branch);
        LocalDate birth = LocalDate.of(1980, 3, 3);
        List<Workbooks.Member> rows = List.of(
                new Workbooks.Member("导入组员甲 " + tag, IdNumbers.unique(birth, true), LocalDate.of(2015, 7, 1),
                        LocalDate.of(2016, 7, 1)),
                new Workbooks.Member("导入组员乙 " + tag, IdNumbers.unique(birth, false), LocalDate.of(2015, 7, 1),
                        LocalDate.of(2016, 7, 1)));
        String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        Api.Reply refused = api.postBytes("/api/members/workbook?organizationId=" + branch, Workbooks.roster("党员名册",
                rows, java.util.Arrays.asList("导入党小组 " + tag, "没有这个小组")), xlsx, ADMIN, ADMIN_PASSWORD);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("row")).isEqualTo(4);
        assertThat(error.getString("column")).isEqualTo(Workbooks.GROUP_HEADER);
        assertThat(error.getString("message")).contains("没有这个小组");
        assertThat(roll(branch, TODAY)).as("nothing imported").isEmpty();

        Api.Reply imported = api.postBytes("/api/members/workbook?organizationId=" + branch, Workbooks.roster(
                "党员名册", rows, java.util.Arrays.asList("导入党小组 " + tag, null)), xlsx, ADMIN, ADMIN_PASSWORD);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(roll(branch, TODAY)).hasSize(2);
        List<Long> inGroup = roll(group, TODAY);
        assertThat(inGroup).hasSize(1);
        JsonObject member = api.get("/api/members/" + inGroup.get(0), ADMIN, ADMIN_PASSWORD).object();
        assertThat(member.getString("name")).isEqualTo("导入组员甲 " + tag);
        assertThat(member.getString("groupSince")).as("from admission").isEqualTo("2015-07-01");
    }

    @Test
    @DisplayName("ACT5 ACT18: committee meetings are owed from the month the 7th member is full; unrecorded holders")
    void committeeFollowsTheCommittee() {
        long branch = fixtures.organization("支部", "BRANCH", zone);
        for (int i = 0; i < 6; i++) {
            fixtures.fullMember("示例党员" + i, branch);
        }
        // 7 full members elect 5 seats (rule O12); one of them dies before last year, leaving 6
        fixtures.member("示例已故党员", branch).full()
                .with("status", "DECEASED", "statusSince", LAST_YEAR_START.minusYears(1)).create();
        long term = fixtures.term(branch, 1, LocalDate.of(2020, 1, 1), 5);
        JsonObject six = report(branch, LAST_YEAR_START, LAST_YEAR_END);
        assertThat(row(six, "BRANCH_COMMITTEE_MEETING").getInt("required")).as("6 full members: no committee")
                .isZero();
        LocalDate seventhFull = LAST_YEAR_START.plusMonths(4).plusDays(10);
        long seventh = fixtures.member("示例第七名党员", branch).probationaryOn(seventhFull.minusYears(1))
                .fullOn(seventhFull).create();
        JsonObject seven = report(branch, LAST_YEAR_START, LAST_YEAR_END);
        assertThat(row(seven, "BRANCH_COMMITTEE_MEETING").getInt("required")).as("June to December").isEqualTo(7);
        assertThat(row(seven, "BRANCH_COMMITTEE_MEETING").getString("periodFrom"))
                .isEqualTo(LAST_YEAR_START.plusMonths(5).toString());

        Api.Reply unrecorded = api.post("/api/activities", json("organizationId", branch,
                "type", "BRANCH_COMMITTEE_MEETING", "title", "支委会", "heldOn", TODAY, "presentMemberIds",
                List.of(seventh)), ADMIN, ADMIN_PASSWORD);
        assertThat(unrecorded.status()).as(unrecorded.toString()).isEqualTo(201);
        assertThat(unrecorded.object().getBoolean("valid")).isFalse();
        assertThat(api.get("/api/activities/" + unrecorded.id(), ADMIN, ADMIN_PASSWORD, "en").object()
                .getString("invalidReason")).contains("committee not recorded");
        assertThat(api.get("/api/terms/" + term + "/committee", ADMIN, ADMIN_PASSWORD).object()
                .getJsonArray("holders")).isEmpty();
    }

    @Test
    @DisplayName("ACT16: founded mid-quarter and dissolved mid-month clip the periods; this month is in progress")
    void periodsAndProgress() {
        long founded = fixtures.organization("年中成立支部", "BRANCH", zone, LAST_YEAR_START.plusMonths(1).plusDays(14));
        JsonObject report = report(founded, LAST_YEAR_START, LAST_YEAR_END);
        assertThat(row(report, "BRANCH_GENERAL_MEETING").getInt("required")).as("Q2-Q4").isEqualTo(3);
        assertThat(row(report, "THEMED_PARTY_DAY").getInt("required")).as("March-December").isEqualTo(10);
        assertThat(row(report, "ORGANIZATION_LIFE_MEETING").getInt("required")).as("not the whole year").isZero();
        assertThat(report.getString("periodFrom")).isEqualTo(LAST_YEAR_START.plusMonths(2).toString());
        assertThat(report.getString("periodTo")).isEqualTo(LAST_YEAR_END.toString());
        assertThat(row(report, "THEMED_PARTY_DAY").containsKey("inProgress")).as("last year: nothing in progress")
                .isFalse();

        long dissolved = fixtures.organization("撤销支部", "BRANCH", zone);
        Api.Reply dissolve = api.post("/api/organizations/" + dissolved + "/dissolve", json("on",
                LAST_YEAR_START.plusMonths(9).plusDays(14), "reason", "企业注销"), ADMIN, ADMIN_PASSWORD);
        assertThat(dissolve.status()).as(dissolve.toString()).isEqualTo(200);
        JsonObject gone = report(dissolved, LAST_YEAR_START, LAST_YEAR_END);
        assertThat(row(gone, "THEMED_PARTY_DAY").getInt("required")).as("January-September").isEqualTo(9);
        assertThat(row(gone, "BRANCH_GENERAL_MEETING").getInt("required")).as("Q1-Q3").isEqualTo(3);

        long current = fixtures.organization("本年支部", "BRANCH", zone);
        long member = fixtures.fullMember("示例党员", current);
        assertThat(api.post("/api/activities", json("organizationId", current, "type", "THEMED_PARTY_DAY", "title",
                "主题党日", "heldOn", TODAY, "presentMemberIds", List.of(member)), ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(201);
        LocalDate yearStart = TODAY.withDayOfYear(1);
        JsonObject year = report(current, yearStart, yearStart.plusYears(1).minusDays(1));
        JsonObject themed = row(year, "THEMED_PARTY_DAY");
        assertThat(themed.getInt("required")).as("the months ended before today").isEqualTo(TODAY.getMonthValue() - 1);
        assertThat(themed.getInt("held")).as("this month's is in progress, not counted").isZero();
        JsonObject progress = themed.getJsonObject("inProgress");
        assertThat(progress.getString("periodFrom")).isEqualTo(TODAY.withDayOfMonth(1).toString());
        assertThat(progress.getString("periodTo")).isEqualTo(TODAY.withDayOfMonth(TODAY.lengthOfMonth()).toString());
        assertThat(progress.getInt("held")).isEqualTo(1);
        assertThat(progress.getInt("valid")).isEqualTo(1);
        assertThat(row(year, "ORGANIZATION_LIFE_MEETING").getJsonObject("inProgress").getString("periodFrom"))
                .isEqualTo(yearStart.toString());

        String tooLong = "/api/reports/compliance?organizationId=" + current + "&from=" + yearStart.minusYears(10)
                + "&to=" + yearStart;
        assertThat(api.get(tooLong, ADMIN, ADMIN_PASSWORD).errorFields()).containsExactly("to");
        assertThat(api.get("/api/reports/compliance?organizationId=" + current + "&from=" + yearStart.minusYears(10)
                + "&to=" + yearStart.minusDays(1), ADMIN, ADMIN_PASSWORD).status()).as("exactly 10 years")
                .isEqualTo(200);
    }

    @Test
    @DisplayName("ACT20: what is recorded is tallied in the same transaction, as a rebuild would; behind reads it")
    void tallyFollowsEveryWrite() {
        long branch = fixtures.organization("计数支部", "BRANCH", zone);
        long a = fixtures.fullMember("示例计数甲", branch);
        for (int month = 0; month < 12; month += 2) {
            LocalDate day = LAST_YEAR_START.plusMonths(month).plusDays(3);
            Api.Reply recorded = meeting(branch, "THEMED_PARTY_DAY", day, List.of(a), null);
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        }
        Api.Reply tally = api.get("/api/reports/compliance/tally", ADMIN, ADMIN_PASSWORD);
        assertThat(tally.status()).as(tally.toString()).isEqualTo(200);
        assertThat(tally.object().getJsonNumber("rows").longValue()).isPositive();
        assertThat(tally.object().getJsonNumber("differences").longValue()).as("incremental = rebuild").isZero();

        Api.Reply behind = api.get("/api/reports/compliance/behind?from=" + LAST_YEAR_START + "&to=" + LAST_YEAR_END,
                ADMIN, ADMIN_PASSWORD);
        assertThat(behind.status()).as(behind.toString()).isEqualTo(200);
        JsonObject report = behind.array().stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("organizationId").longValue() == branch).findFirst().orElseThrow();
        assertThat(List.of(row(report, "THEMED_PARTY_DAY").getInt("required"),
                row(report, "THEMED_PARTY_DAY").getInt("held"), row(report, "THEMED_PARTY_DAY").getInt("missing")))
                .as("6 of 12 months, from the year's tally row").containsExactly(12, 6, 6);

        List<Long> all = behind.longs("organizationId");
        String period = "/api/reports/compliance/behind?from=" + LAST_YEAR_START + "&to=" + LAST_YEAR_END;
        Api.Reply first = api.get(period + "&limit=2", ADMIN, ADMIN_PASSWORD);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.longs("organizationId")).as("first page").isEqualTo(all.subList(0, Math.min(2, all.size())));
        assertThat(first.raw().headers().firstValue("X-Total-Count")).contains(String.valueOf(all.size()));
        if (all.size() > 2) {
            String next = first.raw().headers().firstValue("X-Next-After").orElseThrow();
            assertThat(Long.valueOf(next)).isEqualTo(all.get(1));
            Api.Reply second = api.get(period + "&limit=2&after=" + next, ADMIN, ADMIN_PASSWORD);
            assertThat(second.longs("organizationId")).as("second page")
                    .isEqualTo(all.subList(2, Math.min(4, all.size())));
        }
        assertThat(api.get(period + "&limit=0", ADMIN, ADMIN_PASSWORD).errorFields()).containsExactly("limit");
        assertThat(api.get(period + "&limit=2&after=" + Long.MAX_VALUE, ADMIN, ADMIN_PASSWORD).errorFields())
                .containsExactly("after");
        Api.Reply paged = api.get("/api/reports/compliance/matrix?organizationId=" + zone + "&from=" + LAST_YEAR_START
                + "&to=" + LAST_YEAR_END + "&limit=1", ADMIN, ADMIN_PASSWORD);
        assertThat(paged.status()).as(paged.toString()).isEqualTo(200);
        assertThat(paged.object().getJsonArray("rows")).hasSize(1);
        assertThat(paged.object().getInt("rowCount")).as("the zone and its branch").isEqualTo(2);
        assertThat(paged.object().getJsonNumber("next").longValue()).isEqualTo(zone);
        assertThat(paged.object().getJsonObject("total").getInt("organizations")).as("whatever the page")
                .isEqualTo(2);

        Api.Reply rebuilt = api.post("/api/reports/compliance/tally/rebuild", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.object().getJsonNumber("rows").longValue())
                .isEqualTo(tally.object().getJsonNumber("rows").longValue());
        assertThat(rebuilt.object().getJsonNumber("differences").longValue()).isZero();
    }

    @Test
    @DisplayName("ACT19: the table of all organizations below one, its groups summed into the branch, and its workbook")
    void matrixAndWorkbook() throws Exception {
        long committee = fixtures.organization("园区党委", "COMMITTEE", zone);
        long branch = fixtures.organization("甲支部", "BRANCH", committee);
        long group1 = fixtures.organization("第一党小组", "GROUP", branch);
        long group2 = fixtures.organization("第二党小组", "GROUP", branch);
        long quiet = fixtures.organization("乙支部", "BRANCH", committee);
        long a = fixtures.fullMember("示例组员甲", branch);
        long b = fixtures.fullMember("示例组员乙", branch);
        assertThat(place(a, group1, PLACED).status()).isEqualTo(200);
        assertThat(place(b, group2, PLACED).status()).isEqualTo(200);
        for (int month = 0; month < 12; month++) {
            LocalDate day = LAST_YEAR_START.plusMonths(month).plusDays(9);
            assertThat(meeting(branch, "GROUP_MEETING", day, List.of(a), group1).status()).isEqualTo(201);
            assertThat(meeting(branch, "THEMED_PARTY_DAY", day, List.of(a, b), null).status()).isEqualTo(201);
        }
        assertThat(meeting(group2, "GROUP_MEETING", LAST_YEAR_START.plusDays(20), List.of(b), null).status())
                .isEqualTo(201);

        String path = "/api/reports/compliance/matrix?organizationId=" + committee + "&from=" + LAST_YEAR_START
                + "&to=" + LAST_YEAR_END;
        Api.Reply reply = api.get(path, ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject matrix = reply.object();
        assertThat(matrix.getJsonNumber("organizationId").longValue()).isEqualTo(committee);
        assertThat(matrix.getString("from")).isEqualTo(LAST_YEAR_START.toString());
        assertThat(matrix.getJsonArray("types").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList())
                .contains("BRANCH_GENERAL_MEETING", "GROUP_MEETING", "THEMED_PARTY_DAY").doesNotContain("OTHER");
        Map<Long, JsonObject> rows = new HashMap<>();
        List<Long> order = matrix.getJsonArray("rows").stream().map(JsonObject.class::cast).map(r -> {
            rows.put(r.getJsonNumber("organizationId").longValue(), r);
            return r.getJsonNumber("organizationId").longValue();
        }).toList();
        assertThat(order).as("tree order").containsExactly(committee, branch, group1, group2, quiet);
        assertThat(rows.get(committee).getInt("depth")).isZero();
        assertThat(rows.get(group1).getInt("depth")).isEqualTo(2);
        assertThat(rows.get(group1).getJsonNumber("parentId").longValue()).isEqualTo(branch);
        assertThat(rows.get(branch).getString("type")).isEqualTo("BRANCH");
        JsonObject groupCell = rows.get(branch).getJsonObject("cells").getJsonObject("GROUP_MEETING");
        assertThat(List.of(groupCell.getInt("required"), groupCell.getInt("valid"), groupCell.getInt("missing")))
                .as("the groups' sum: 12 + 1 of 24").containsExactly(24, 13, 11);
        JsonObject themed = rows.get(branch).getJsonObject("cells").getJsonObject("THEMED_PARTY_DAY");
        assertThat(themed.getInt("missing")).isZero();
        // branch: general meetings 4, lectures 4, themed days 12, life meeting 1, review 1, group meetings 24
        assertThat(rows.get(branch).getInt("required")).isEqualTo(46);
        assertThat(rows.get(branch).getInt("valid")).isEqualTo(25);
        assertThat(rows.get(branch).getJsonNumber("rate").bigDecimalValue())
                .isEqualByComparingTo(new BigDecimal("0.5435"));
        assertThat(rows.get(quiet).getJsonNumber("rate").bigDecimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(rows.get(committee).containsKey("rate")).as("nothing required of a committee").isFalse();
        JsonObject total = matrix.getJsonObject("total");
        assertThat(total.getInt("organizations")).isEqualTo(5);
        assertThat(total.getInt("behind")).as("branch, group 2, the quiet branch").isEqualTo(3);
        assertThat(total.getJsonObject("cells").getJsonObject("GROUP_MEETING").getInt("required"))
                .as("the groups counted once, through their branch").isEqualTo(24);
        assertThat(total.getInt("required")).isEqualTo(46 + 22);

        assertThat(api.get("/api/activities?organizationId=" + branch + "&from=" + LAST_YEAR_START + "&to="
                + LAST_YEAR_END + "&type=GROUP_MEETING", ADMIN, ADMIN_PASSWORD).array())
                .as("the meetings behind the branch's group meeting cell").hasSize(13);
        JsonObject branchSubtree = matrix.getJsonArray("subtotals").getJsonObject(0);
        assertThat(branchSubtree.getJsonNumber("organizationId").longValue()).isEqualTo(branch);
        assertThat(List.of(branchSubtree.getInt("required"), branchSubtree.getInt("valid"),
                branchSubtree.getInt("organizations"), branchSubtree.getInt("behind")))
                .as("the branch and its groups, the groups' meetings once").containsExactly(46, 25, 3, 2);
        assertThat(matrix.getJsonArray("subtotals").getJsonObject(1).getJsonNumber("organizationId").longValue())
                .isEqualTo(quiet);
        List<Long> behind = api.get(path + "&behindOnly=true", ADMIN, ADMIN_PASSWORD).object().getJsonArray("rows")
                .stream().map(r -> ((JsonObject) r).getJsonNumber("organizationId").longValue()).toList();
        assertThat(behind).containsExactly(branch, group2, quiet);

        String secretary = "mx-" + tag;
        String password = "Secret-" + tag + "-1";
        fixtures.secretary(secretary, password, quiet);
        assertThat(api.get(path, secretary, password).status()).as("above the secretary's branch").isEqualTo(403);
        Api.Reply own = api.get("/api/reports/compliance/matrix?from=" + LAST_YEAR_START + "&to=" + LAST_YEAR_END,
                secretary, password);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.object().getJsonNumber("organizationId").longValue()).as("their own by default")
                .isEqualTo(quiet);
        assertThat(api.get("/api/reports/compliance/matrix?organizationId=" + committee + "&from=" + LAST_YEAR_END
                + "&to=" + LAST_YEAR_START, ADMIN, ADMIN_PASSWORD).errorFields()).containsExactly("to");

        HttpResponse<byte[]> workbook = api.getBytes(path.replace("/matrix?", "/matrix.xlsx?"), ADMIN,
                ADMIN_PASSWORD);
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("园区党委 " + tag);
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).contains("甲支部 " + tag);
            int types = matrix.getJsonArray("types").size();
            int allRequired = 2 + types * 3;
            assertThat(sheet.getRow(6).getCell(allRequired).getNumericCellValue()).isEqualTo(46.0);
            assertThat(sheet.getRow(6).getCell(allRequired + 1).getNumericCellValue()).isEqualTo(25.0);
            assertThat(sheet.getRow(6).getCell(allRequired + 3).getNumericCellValue()).isEqualTo(0.5435);
            assertThat(sheet.getRow(10).getCell(allRequired).getNumericCellValue()).as("total row")
                    .isEqualTo(68.0);
            PrintChecks.assertPrintReady(sheet, allRequired + 4, 3, 4, true);
        }
    }

    /** One cell of one organization's row in the table of {@code root} over {@code from..to}. */
    private List<Integer> cell(long root, LocalDate from, LocalDate to, long organization, String type) {
        Api.Reply reply = api.get("/api/reports/compliance/matrix?organizationId=" + root + "&from=" + from + "&to="
                + to, ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject row = reply.object().getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("organizationId").longValue() == organization).findFirst()
                .orElseThrow();
        JsonObject cell = row.getJsonObject("cells").getJsonObject(type);
        return List.of(cell.getInt("required"), cell.getInt("valid"), cell.getInt("missing"));
    }

    @Test
    @DisplayName("ACT21: kept figures of a year and a quarter follow every write that changes them, read at once")
    void keptFiguresFollowEveryWrite() {
        long committee = fixtures.organization("计存党委", "COMMITTEE", zone);
        long branch = fixtures.organization("计存支部", "BRANCH", committee);
        List<Long> members = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            members.add(fixtures.fullMember("示例计存党员" + i, branch));
        }
        LocalDate from = LAST_YEAR_START;
        LocalDate to = LAST_YEAR_END;
        assertThat(cell(committee, from, to, branch, "BRANCH_COMMITTEE_MEETING")).as("no term: no committee")
                .containsExactly(0, 0, 0);
        assertThat(cell(committee, from, to, branch, "THEMED_PARTY_DAY")).containsExactly(12, 0, 12);

        fixtures.term(branch, 1, LocalDate.of(2020, 1, 1), 5);
        assertThat(cell(committee, from, to, branch, "BRANCH_COMMITTEE_MEETING")).as("a term elected: 7 full")
                .containsExactly(12, 0, 12);

        LocalDate firstQuarterEnd = from.plusMonths(3).minusDays(1);
        assertThat(cell(committee, from, firstQuarterEnd, branch, "THEMED_PARTY_DAY")).containsExactly(3, 0, 3);
        assertThat(meeting(branch, "THEMED_PARTY_DAY", from.plusDays(40), members, null).status()).isEqualTo(201);
        assertThat(cell(committee, from, to, branch, "THEMED_PARTY_DAY")).as("an activity recorded")
                .containsExactly(12, 1, 11);
        assertThat(cell(committee, from, firstQuarterEnd, branch, "THEMED_PARTY_DAY")).as("its quarter too")
                .containsExactly(3, 1, 2);

        LocalDate died = from.plusMonths(6).plusDays(9);
        Api.Reply death = api.post("/api/members/" + members.get(0) + "/death", json("on", died), ADMIN,
                ADMIN_PASSWORD);
        assertThat(death.status()).as(death.toString()).isEqualTo(200);
        assertThat(cell(committee, from, to, branch, "BRANCH_COMMITTEE_MEETING"))
                .as("a member's death: 6 full from August").containsExactly(7, 0, 7);

        long group = fixtures.organization("计存党小组", "GROUP", branch, from);
        assertThat(cell(committee, from, to, branch, "GROUP_MEETING")).as("a group founded in the year")
                .containsExactly(12, 0, 12);

        try {
            Api.Reply quarterly = api.put("/api/activities/requirements/BRANCH/THEMED_PARTY_DAY",
                    json("frequency", "QUARTERLY"), ADMIN, ADMIN_PASSWORD);
            assertThat(quarterly.status()).as(quarterly.toString()).isEqualTo(200);
            assertThat(cell(committee, from, to, branch, "THEMED_PARTY_DAY")).as("a requirement changed")
                    .containsExactly(4, 1, 3);
        } finally {
            assertThat(api.put("/api/activities/requirements/BRANCH/THEMED_PARTY_DAY", json("frequency", "MONTHLY"),
                    ADMIN, ADMIN_PASSWORD).status()).isEqualTo(200);
        }
        assertThat(cell(committee, from, to, branch, "THEMED_PARTY_DAY")).containsExactly(12, 1, 11);

        if (TODAY.getMonthValue() > 1) {
            LocalDate yearStart = TODAY.withDayOfYear(1);
            int closed = TODAY.getMonthValue() - 1;
            assertThat(cell(committee, yearStart, TODAY, branch, "THEMED_PARTY_DAY")).as("this year so far")
                    .containsExactly(closed, 0, closed);
            assertThat(meeting(branch, "THEMED_PARTY_DAY", yearStart.plusDays(3), members.subList(1, 7), null)
                    .status()).isEqualTo(201);
            assertThat(cell(committee, yearStart, TODAY, branch, "THEMED_PARTY_DAY"))
                    .containsExactly(closed, 1, closed - 1);
        }

        Api.Reply cleared = api.post("/api/reports/compliance/kept/rebuild", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.object().getJsonNumber("rows").longValue()).isZero();
        assertThat(cell(committee, from, to, group, "GROUP_MEETING")).as("filled again by the next report")
                .containsExactly(12, 0, 12);
        Api.Reply kept = api.get("/api/reports/compliance/kept", ADMIN, ADMIN_PASSWORD);
        assertThat(kept.object().getJsonNumber("rows").longValue()).isPositive();
        String secretary = "kp-" + tag;
        String password = "Secret-" + tag + "-1";
        fixtures.secretary(secretary, password, branch);
        assertThat(api.get("/api/reports/compliance/kept", secretary, password).status()).isEqualTo(403);
        assertThat(api.post("/api/reports/compliance/kept/rebuild", "{}", secretary, password).status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("ACT21: the refresh the nodes run every five minutes, on demand: it fills the periods reports open with")
    void keptRefreshedAhead() {
        long branch = fixtures.organization("预算支部", "BRANCH", zone);
        assertThat(meeting(branch, "THEMED_PARTY_DAY", TODAY.withDayOfMonth(1), List.of(
                fixtures.fullMember("示例预算甲", branch)), null).status()).isEqualTo(201);
        Api.Reply cleared = api.post("/api/reports/compliance/kept/rebuild", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(cleared.object().getJsonNumber("rows").longValue()).isZero();

        Api.Reply refreshed = api.post("/api/reports/compliance/kept/refresh", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        assertThat(refreshed.object().getInt("periods")).as("this year so far, last year, the last quarter")
                .isEqualTo(3);
        Api.Reply kept = api.get("/api/reports/compliance/kept", ADMIN, ADMIN_PASSWORD);
        assertThat(kept.object().getJsonNumber("rows").longValue()).as("filled before any report asked")
                .isPositive();
        assertThat(kept.object().getJsonNumber("differences").longValue()).isZero();
        Api.Reply again = api.post("/api/reports/compliance/kept/refresh", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(again.object().getInt("computed")).as("nothing marked since: every row read back").isZero();
        assertThat(api.get("/api/audit?entityType=ComplianceKept&action=REFRESH", ADMIN, ADMIN_PASSWORD).array())
                .isNotEmpty();

        String secretary = "kr-" + tag;
        String password = "Secret-" + tag + "-1";
        fixtures.secretary(secretary, password, branch);
        assertThat(api.post("/api/reports/compliance/kept/refresh", "{}", secretary, password).status())
                .isEqualTo(403);
    }
}
