package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Study sessions (ACT12, ACT13), photos (ACT14) and group meetings in a branch's compliance (ACT15) over REST, on
 * a real Payara Micro and database (H2, and PostgreSQL in CI). Every test builds its own organizations and members.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudySessionApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final LocalDate START = TODAY.minusDays(6);
    private static final LocalDate END = TODAY.minusDays(2);
    /** A real PNG: photos are decoded whole before they are stored (ACT14). */
    static final byte[] PNG = org.partyregistry.testsupport.TestImages.image("png", 40, 30);

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
    long branch;
    long other;
    List<Long> members;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
        zone = fixtures.organization("工委", "WORKING_COMMITTEE", null);
        branch = fixtures.organization("读书班支部", "BRANCH", zone);
        other = fixtures.organization("另一支部", "BRANCH", zone);
        members = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            members.add(member("学员" + i, branch));
        }
    }

    private long member(String name, long organizationId) {
        return fixtures.member(name, organizationId).born(LocalDate.of(1985, 1, 1), true).full().create();
    }

    private static JsonObject day(LocalDate date, List<Long> present, List<Long> excused, List<Long> absent) {
        return json("date", date, "presentMemberIds", present, "excusedMemberIds", excused, "absentMemberIds",
                absent);
    }

    private JsonObject session(LocalDate from, LocalDate to, JsonObject... days) {
        return json("organizationId", branch, "type", "STUDY_SESSION", "title", "党史学习教育专题读书班",
                "heldOn", from, "endsOn", to, "location", "示例教室", "topic", "党史",
                "presentMemberIds", List.of(), "days", days);
    }

    private int count() {
        return api.get("/api/activities?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).array().size();
    }

    private List<Long> m(int... indexes) {
        return Arrays.stream(indexes).mapToObj(members::get).toList();
    }

    @Test
    @DisplayName("ACT12 ACT13: a five-day session with attendance per day; rates, excused not present, 80% completes")
    void ratesAndCompletion() throws Exception {
        List<JsonObject> days = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            LocalDate date = START.plusDays(d);
            // 0: every day; 1: excused on day 2 (4 of 5 = 80%); 2: excused on days 2 and 3 (60%); 3: absent from day 3
            List<Long> present = new ArrayList<>(m(0));
            List<Long> excused = new ArrayList<>();
            List<Long> absent = new ArrayList<>();
            (d == 2 ? excused : present).add(members.get(1));
            (d == 2 || d == 3 ? excused : present).add(members.get(2));
            (d >= 3 ? absent : present).add(members.get(3));
            days.add(day(date, present, excused, absent));
        }
        Api.Reply created = api.post("/api/activities", session(START, END, days.toArray(JsonObject[]::new)), ADMIN,
                ADMIN_PASSWORD);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.object().getString("endsOn")).isEqualTo(END.toString());
        assertThat(created.object().getBoolean("valid")).isTrue();
        long id = created.id();

        Api.Reply attendance = api.get("/api/activities/" + id + "/attendance", ADMIN, ADMIN_PASSWORD);
        assertThat(attendance.status()).as(attendance.toString()).isEqualTo(200);
        JsonObject body = attendance.object();
        assertThat(body.getInt("dayCount")).isEqualTo(5);
        assertThat(body.getInt("completionPercent")).isEqualTo(80);
        assertThat(body.getJsonArray("days")).hasSize(5);
        Map<Long, JsonObject> byMember = new HashMap<>();
        body.getJsonArray("members").forEach(v -> byMember.put(((JsonObject) v).getJsonNumber("memberId")
                .longValue(), (JsonObject) v));
        assertThat(byMember).hasSize(4);
        JsonObject one = byMember.get(members.get(1));
        assertThat(one.getInt("present")).isEqualTo(4);
        assertThat(one.getInt("excused")).isEqualTo(1);
        assertThat(one.getJsonNumber("rate").doubleValue()).isEqualTo(0.8);
        assertThat(one.getBoolean("completed")).isTrue();
        JsonObject two = byMember.get(members.get(2));
        assertThat(two.getInt("present")).isEqualTo(3);
        assertThat(two.getInt("excused")).isEqualTo(2);
        assertThat(two.getJsonNumber("rate").doubleValue()).isEqualTo(0.6);
        assertThat(two.getBoolean("completed")).as("excused days are not present").isFalse();
        assertThat(byMember.get(members.get(3)).getInt("absent")).isEqualTo(2);
        assertThat(byMember.get(members.get(3)).getBoolean("completed")).isFalse();
        assertThat(body.getInt("completedCount")).isEqualTo(2);

        // member 2 was in fact present on day 4: recording that day again makes 4 of 5
        Api.Reply changed = api.put("/api/activities/" + id + "/days/" + START.plusDays(3),
                json("presentMemberIds", m(0, 2), "excusedMemberIds", m(1), "absentMemberIds", m(3)), ADMIN,
                ADMIN_PASSWORD);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        Map<Long, JsonObject> after = new HashMap<>();
        changed.object().getJsonArray("members").forEach(v -> after.put(((JsonObject) v).getJsonNumber("memberId")
                .longValue(), (JsonObject) v));
        assertThat(after.get(members.get(2)).getBoolean("completed")).isTrue();
        assertThat(after.get(members.get(1)).getInt("present")).isEqualTo(3);
        assertThat(after.get(members.get(1)).getBoolean("completed")).isFalse();

        HttpResponse<byte[]> workbook = api.getBytes("/api/activities/" + id + "/completion/xlsx", ADMIN,
                ADMIN_PASSWORD);
        assertThat(workbook.statusCode()).isEqualTo(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            var completion = book.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int r = 4; r <= completion.getLastRowNum(); r++) {
                var row = completion.getRow(r);
                if (row != null && row.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    names.add(row.getCell(1).getStringCellValue());
                }
            }
            assertThat(names).containsExactlyInAnyOrder("学员0 " + tag, "学员2 " + tag);
            assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(4 + 4);
            PrintChecks.assertPrintReady(completion, 7, 3, 3, false);
            PrintChecks.assertPrintReady(book.getSheetAt(1), 7, 3, 3, false);
        }
    }

    @Test
    @DisplayName("ACT12: ending before it starts, a day outside, a future day, a non-member, twice on a day: 400, nothing written")
    void badInput() {
        int before = count();
        Api.Reply reversed = api.post("/api/activities", session(END, START), ADMIN, ADMIN_PASSWORD);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.errorFields()).contains("endsOn");
        assertThat(reversed.body()).contains("结束日期不能早于开始日期");

        Api.Reply outside = api.post("/api/activities", session(START, END,
                day(START, m(0), List.of(), List.of()), day(END.plusDays(1), m(0), List.of(), List.of())), ADMIN,
                ADMIN_PASSWORD);
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.errorFields()).containsExactly("days[1].date");

        Api.Reply future = api.post("/api/activities", session(START, TODAY,
                day(TODAY.plusDays(1), m(0), List.of(), List.of())), ADMIN, ADMIN_PASSWORD);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("days[0].date");

        long stranger = member("外支部党员", other);
        Api.Reply nonMember = api.post("/api/activities", session(START, END,
                day(START, List.of(members.get(0), stranger), List.of(), List.of())), ADMIN, ADMIN_PASSWORD);
        assertThat(nonMember.status()).isEqualTo(400);
        assertThat(nonMember.errorFields()).containsExactly("days[0].presentMemberIds");

        Api.Reply twice = api.post("/api/activities", session(START, END,
                day(START, m(0, 1), List.of(), m(1))), ADMIN, ADMIN_PASSWORD);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.errorFields()).containsExactly("days[0].absentMemberIds");

        Api.Reply sameDay = api.post("/api/activities", session(START, END,
                day(START, m(0), List.of(), List.of()), day(START, m(1), List.of(), List.of())), ADMIN,
                ADMIN_PASSWORD);
        assertThat(sameDay.status()).isEqualTo(400);
        assertThat(sameDay.errorFields()).containsExactly("days[1].date");

        Api.Reply notStudy = api.post("/api/activities", json("organizationId", branch, "type", "PARTY_LECTURE",
                "title", "党课", "heldOn", START, "presentMemberIds", List.of(),
                "days", List.of(day(START, m(0), List.of(), List.of()))), ADMIN, ADMIN_PASSWORD);
        assertThat(notStudy.status()).isEqualTo(400);
        assertThat(count()).as("nothing written").isEqualTo(before);

        long id = api.post("/api/activities", session(START, END), ADMIN, ADMIN_PASSWORD).id();
        Api.Reply putOutside = api.put("/api/activities/" + id + "/days/" + START.minusDays(1),
                json("presentMemberIds", m(0)), ADMIN, ADMIN_PASSWORD);
        assertThat(putOutside.status()).isEqualTo(400);
        assertThat(putOutside.errorFields()).containsExactly("date");
        Api.Reply putTwice = api.put("/api/activities/" + id + "/days/" + START,
                json("presentMemberIds", m(0), "excusedMemberIds", m(0)), ADMIN, ADMIN_PASSWORD);
        assertThat(putTwice.status()).isEqualTo(400);
        assertThat(api.get("/api/activities/" + id + "/attendance", ADMIN, ADMIN_PASSWORD).object()
                .getJsonArray("members")).isEmpty();
    }

    @Test
    @DisplayName("ACT9 ACT12 ACT14: a secretary records days and photos of their branch only (403 elsewhere)")
    void scope() {
        String secretary = "study-" + tag;
        String password = "Secret-" + tag + "-2";
        fixtures.secretary(secretary, password, other);
        long id = api.post("/api/activities", session(START, END), ADMIN, ADMIN_PASSWORD).id();
        assertThat(api.put("/api/activities/" + id + "/days/" + START, json("presentMemberIds", m(0)),
                secretary, password).status()).isEqualTo(403);
        assertThat(api.get("/api/activities/" + id + "/attendance", secretary, password).status()).isEqualTo(403);
        assertThat(api.postBytes("/api/activities/" + id + "/photos", PNG, "image/png", secretary, password)
                .status()).isEqualTo(403);
        assertThat(api.get("/api/activities/" + id + "/photos", ADMIN, ADMIN_PASSWORD).array()).isEmpty();
    }

    @Test
    @DisplayName("ACT14: a PNG is stored and served back as image/png; text, an oversized file and a tenth photo get 400")
    void photos() {
        long id = api.post("/api/activities", json("organizationId", branch, "type", "THEMED_PARTY_DAY",
                "title", "主题党日", "heldOn", START, "presentMemberIds", m(0, 1)), ADMIN, ADMIN_PASSWORD).id();
        Api.Reply added = api.postBytes("/api/activities/" + id + "/photos", PNG, "application/octet-stream", ADMIN,
                ADMIN_PASSWORD);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.object().getString("contentType")).isEqualTo("image/png");
        assertThat(added.raw().headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/activities/" + id + "/photos/" + added.id()));
        HttpResponse<byte[]> back = api.getBytes("/api/activities/" + id + "/photos/" + added.id(), ADMIN,
                ADMIN_PASSWORD);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("image/png"));
        assertThat(org.partyregistry.testsupport.TestImages.read(back.body()).getWidth())
                .as("stored written anew: the same picture").isEqualTo(40);

        Api.Reply script = api.postBytes("/api/activities/" + id + "/photos",
                "<script>alert(1)</script>".getBytes(), "image/jpeg", ADMIN, ADMIN_PASSWORD);
        assertThat(script.status()).isEqualTo(400);
        assertThat(script.body()).contains("JPEG");
        byte[] big = Arrays.copyOf(PNG, 5 * 1024 * 1024 + 1);
        Api.Reply tooBig = api.postBytes("/api/activities/" + id + "/photos", big, "image/png", ADMIN,
                ADMIN_PASSWORD);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(api.get("/api/activities/" + id + "/photos", ADMIN, ADMIN_PASSWORD).array()).hasSize(1);
        for (int i = 1; i < 9; i++) {
            assertThat(api.postBytes("/api/activities/" + id + "/photos", PNG, "image/png", ADMIN, ADMIN_PASSWORD)
                    .status()).isEqualTo(201);
        }
        Api.Reply tenth = api.postBytes("/api/activities/" + id + "/photos", PNG, "image/png", ADMIN,
                ADMIN_PASSWORD);
        assertThat(tenth.status()).isEqualTo(400);
        assertThat(api.get("/api/activities/" + id + "/photos", ADMIN, ADMIN_PASSWORD).array()).hasSize(9);
        assertThat(api.get("/api/activities/" + id + "/photos/" + (added.id() + 100000), ADMIN, ADMIN_PASSWORD)
                .status()).isEqualTo(404);
    }

    /** A group meeting with the group's one member present (nobody present is refused). */
    private static JsonObject groupMeeting(long groupId, long present, LocalDate heldOn) {
        return json("organizationId", groupId, "type", "GROUP_MEETING", "title", "党小组会", "heldOn", heldOn,
                "presentMemberIds", List.of(present));
    }

    /** A full member of the branch placed in {@code group} since long ago (rule M19). */
    private long placedIn(long group) {
        long member = fixtures.fullMember("组员", branch);
        Api.Reply placed = api.put("/api/members/" + member + "/group", json("groupId", group, "on",
                LocalDate.of(2016, 7, 1)), ADMIN, ADMIN_PASSWORD);
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        return member;
    }

    @Test
    @DisplayName("ACT15: a branch's report requires group meetings of each group; one group's surplus does not cover another")
    void groupMeetings() {
        long first = fixtures.organization("第一党小组", "GROUP", branch);
        long second = fixtures.organization("第二党小组", "GROUP", branch);
        long firstMember = placedIn(first);
        long secondMember = placedIn(second);
        LocalDate from = LocalDate.of(TODAY.getYear() - 1, 1, 1);
        LocalDate to = LocalDate.of(TODAY.getYear() - 1, 3, 31);
        for (int month = 1; month <= 3; month++) {
            for (int k = 0; k < 2; k++) {
                Api.Reply held = api.post("/api/activities", groupMeeting(first, firstMember,
                        LocalDate.of(TODAY.getYear() - 1, month, 10 + k)), ADMIN, ADMIN_PASSWORD);
                assertThat(held.status()).as(held.toString()).isEqualTo(201);
            }
        }
        assertThat(api.post("/api/activities", groupMeeting(second, secondMember, from.plusDays(20)), ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(201);
        JsonObject report = api.get("/api/reports/compliance?organizationId=" + branch + "&from=" + from + "&to="
                + to, ADMIN, ADMIN_PASSWORD).object();
        assertThat(report.keySet()).contains("organizationId", "from", "to", "rows");
        JsonObject row = report.getJsonArray("rows").stream().map(v -> (JsonObject) v)
                .filter(r -> r.getString("type").equals("GROUP_MEETING")).findFirst().orElseThrow();
        assertThat(row.getInt("required")).isEqualTo(6);
        assertThat(row.getInt("held")).isEqualTo(7);
        assertThat(row.getInt("valid")).as("first group's 3 extra meetings do not count for the second").isEqualTo(4);
        assertThat(row.getInt("missing")).isEqualTo(2);
        assertThat(report.getJsonArray("groups")).hasSize(2);

        List<Long> behind = api.get("/api/reports/compliance/behind?from=" + from + "&to=" + to, ADMIN,
                ADMIN_PASSWORD).array().stream().map(v -> ((JsonObject) v).getJsonNumber("organizationId")
                .longValue()).toList();
        assertThat(behind).contains(branch, second).doesNotContain(first);
        long missing = api.get("/api/reports/compliance/behind?from=" + from + "&to=" + to, ADMIN, ADMIN_PASSWORD)
                .array().stream().map(v -> (JsonObject) v)
                .filter(r -> r.getJsonNumber("organizationId").longValue() == branch)
                .flatMap(r -> r.getJsonArray("rows").stream()).map(v -> (JsonObject) v)
                .filter(r -> r.getString("type").equals("GROUP_MEETING")).mapToLong(r -> r.getInt("missing")).sum();
        assertThat(missing).isEqualTo(2);
    }
}
