package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;
import static org.partyregistry.it.support.JsonBodies.with;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The awards REST contract on a real Payara Micro and database (H2, and PostgreSQL in CI): medal candidates at the
 * exact boundaries, the round confirmed by the branch, approved and awarded by the committee, the certificate PDF
 * and the roster; the refusals that write nothing (a non-candidate, a second medal, a certificate for a
 * non-awardee, scope); honors nominate → approve → award with the wrong kind of subject refused. Every test builds
 * its own organizations and members, so candidates are filtered to them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AwardApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    static final LocalDate CEREMONY = LocalDate.of(2026, 6, 30);

    Api api;
    Fixtures fixtures;
    String tag;
    long branch;
    long otherBranch;
    String secretary;
    String staff;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
        long zone = fixtures.organization("表彰测试工委", "WORKING_COMMITTEE", null);
        branch = fixtures.organization("表彰测试支部", "BRANCH", zone);
        otherBranch = fixtures.organization("表彰测试另一支部", "BRANCH", zone);
        secretary = "aw-sec-" + tag;
        staff = "aw-staff-" + tag;
        user(secretary, "BRANCH_SECRETARY", branch);
        user(staff, "COMMITTEE_STAFF", null);
    }

    private void user(String username, String role, Long organizationId) {
        fixtures.account(username, "Award2026pw", role, organizationId);
    }

    /**
     * A member admitted in the era without probation on {@code admitted}: standing starts that day; {@code more}
     * fields are names and values.
     */
    private long oldMember(String name, long organizationId, String admitted, Object... more) {
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 3650));
        return fixtures.member(name, organizationId).born(birth, true).probationaryOn(LocalDate.parse(admitted))
                .with(more).create();
    }

    private Map<Long, JsonObject> candidates(int year, String user) {
        Api.Reply reply = api.get("/api/awards/medal50/candidates?year=" + year, user, pw(user));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().stream().map(v -> (JsonObject) v)
                .collect(Collectors.toMap(o -> o.getJsonNumber("memberId").longValue(), Function.identity()));
    }

    private static String pw(String user) {
        return ADMIN.equals(user) ? ADMIN_PASSWORD : "Award2026pw";
    }

    private Api.Reply post(String path, JsonObject json, String user) {
        return api.post(path, json, user, pw(user), "en");
    }

    private Api.Reply award(int year, long memberId, String date, String note, String user) {
        JsonObject award = json("memberId", memberId, "awardedOn", date);
        return post("/api/awards/medal50/" + year + "/awards", note == null ? award : with(award, "note", note), user);
    }

    @Test
    @DisplayName("AW1, AW2 candidates: 1976-07-01 yes with 50 years, 1976-07-02 not until 2027, suspension, death")
    void candidatesAtTheBoundary() {
        long onTheDay = oldMember("示例老党员A", branch, "1976-07-01");
        long dayLate = oldMember("示例老党员B", branch, "1976-07-02");
        long suspended = oldMember("示例老党员C", branch, "1975-01-01",
                "suspensions", List.of(json("from", "2000-01-01", "to", "2002-01-01")));
        long deceased = oldMember("示例老党员D", otherBranch, "1970-01-01",
                "status", "DECEASED", "statusSince", "2024-01-01");
        Map<Long, JsonObject> y2026 = candidates(2026, ADMIN);
        assertThat(y2026).containsKey(onTheDay).doesNotContainKeys(dayLate, suspended, deceased);
        JsonObject a = y2026.get(onTheDay);
        assertThat(a.getString("name")).isEqualTo("示例老党员A " + tag);
        assertThat(a.getString("partyStandingStart")).isEqualTo("1976-07-01");
        assertThat(a.getInt("standingYears")).isEqualTo(50);
        Map<Long, JsonObject> y2027 = candidates(2027, ADMIN);
        assertThat(y2027).as("two years suspended: 50 years one year later").containsKeys(onTheDay, dayLate, suspended)
                .doesNotContainKeys(deceased);
        assertThat(y2027.get(suspended).getInt("standingYears")).isEqualTo(50);
        assertThat(y2027.get(dayLate).getInt("standingYears")).isEqualTo(50);
        assertThat(y2027.get(onTheDay).getInt("standingYears")).isEqualTo(51);
        assertThat(candidates(2026, secretary)).as("a secretary sees their organization only").containsKey(onTheDay);
        // rule M10 to the day, the suspended days summed by the query: two days across a summer-time change
        // (1988-04-17 in China) push a standing start of 1976-06-30 to 49 years, one of 1976-06-29 stays at 50
        long twoDaysEnough = oldMember("示例老党员E", branch, "1976-06-29",
                "suspensions", List.of(json("from", "1988-04-16", "to", "1988-04-18")));
        long twoDaysShort = oldMember("示例老党员F", branch, "1976-06-30",
                "suspensions", List.of(json("from", "1988-04-16", "to", "1988-04-18")));
        Map<Long, JsonObject> again = candidates(2026, ADMIN);
        assertThat(again).containsKey(twoDaysEnough).doesNotContainKey(twoDaysShort);
        assertThat(again.get(twoDaysEnough).getInt("standingYears")).isEqualTo(50);
        assertThat(candidates(2027, ADMIN).get(twoDaysShort).getInt("standingYears")).isEqualTo(50);
        Api.Reply badYear = api.get("/api/awards/medal50/candidates?year=20x6", ADMIN, ADMIN_PASSWORD, "en");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.errorMessage()).isEqualTo("\"20x6\" is not a year (YYYY)");
    }

    @Test
    @DisplayName("AW4-AW9 secretary confirms, staff approves and awards → 201; certificate PDF; roster; once only")
    void roundEndToEnd() throws IOException {
        long member = oldMember("示例老党员E", branch, "1975-05-01");
        long notYet = oldMember("示例老党员F", branch, "1977-01-01");
        String base = "/api/awards/medal50/2026/candidates/" + member;
        assertThat(post(base + "/approve", json(), staff).status()).as("not confirmed yet").isEqualTo(400);
        Api.Reply confirmed = post(base + "/confirm", json(), secretary);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.object().getString("state")).isEqualTo("CONFIRMED");
        assertThat(post(base + "/approve", json(), secretary).status()).as("secretaries do not approve").isEqualTo(403);
        assertThat(award(2026, member, CEREMONY.toString(), null, secretary).status()).isEqualTo(403);
        Api.Reply approved = post(base + "/approve", json(), staff);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.object().getString("state")).isEqualTo("APPROVED");
        Api.Reply future = award(2026, member, LocalDate.now().plusYears(2).toString(), null, staff);
        assertThat(future.status()).isEqualTo(400);
        Api.Reply awarded = award(2026, member, CEREMONY.toString(), null, staff);
        assertThat(awarded.status()).as(awarded.toString()).isEqualTo(201);
        String certificate = "/api/awards/medal50/2026/certificates/" + member + ".pdf";
        assertThat(awarded.raw().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith(certificate));
        assertThat(awarded.object().getString("state")).isEqualTo("AWARDED");
        assertThat(awarded.object().getString("awardedOn")).isEqualTo("2026-06-30");

        HttpResponse<byte[]> pdf = api.getBytes(certificate, secretary, "Award2026pw");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(pdf.body().length).isLessThan(300_000);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("光荣在党50年", "示例老党员E" + tag + "同志", "1975年5月1日", "党龄已满51年",
                    "表彰测试工委" + tag, "2026年6月30日");
        }

        Api.Reply again = award(2026, member, CEREMONY.toString(), null, staff);
        assertThat(again.status()).as("already holds it").isEqualTo(409);
        assertThat(again.errorMessage()).contains("received the \"50 years in the Party\" medal on 2026-06-30");
        Api.Reply nextYear = award(2027, member, "2027-01-01", "补发", staff);
        assertThat(nextYear.status()).isIn(400, 409);
        assertThat(candidates(2027, ADMIN)).as("a holder is no longer a candidate").doesNotContainKey(member);
        Api.Reply nonCandidate = award(2026, notYet, CEREMONY.toString(), "党工委研究", staff);
        assertThat(nonCandidate.status()).isEqualTo(400);
        assertThat(nonCandidate.errorMessage()).isEqualTo("示例老党员F " + tag + " is not a candidate for the 2026 "
                + "\"50 years in the Party\" medal: party standing under 50 years");
        assertThat(api.getBytes("/api/awards/medal50/2026/certificates/" + notYet + ".pdf", ADMIN, ADMIN_PASSWORD)
                .statusCode()).as("nothing was written for the non-candidate").isEqualTo(404);
        assertThat(api.getBytes("/api/awards/medal50/2025/certificates/" + member + ".pdf", ADMIN, ADMIN_PASSWORD)
                .statusCode()).isEqualTo(404);
        Api.Reply round = api.get("/api/awards/medal50/2026", ADMIN, ADMIN_PASSWORD);
        assertThat(round.array().stream().map(v -> (JsonObject) v)
                .filter(o -> o.getJsonNumber("memberId").longValue() == notYet)).isEmpty();

        HttpResponse<byte[]> roster = api.getBytes("/api/awards/medal50/2026/roster.xlsx", staff, "Award2026pw");
        assertThat(roster.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(roster.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2026");
            boolean listed = false;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                if (("示例老党员E " + tag).equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
                    listed = true;
                    assertThat(sheet.getRow(r).getCell(6).getNumericCellValue()).isEqualTo(51);
                }
            }
            assertThat(listed).isTrue();
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
            PrintChecks.assertPrintReady(sheet, 8, 3, 3, true);
        }
    }

    @Test
    @DisplayName("AW4, AW6, AW12 exclusion needs a reason; scope 403; direct award only with a note")
    void exclusionScopeAndDirectAward() {
        long own = oldMember("示例老党员G", branch, "1974-04-01");
        long other = oldMember("示例老党员H", otherBranch, "1974-04-01");
        String ownPath = "/api/awards/medal50/2026/candidates/" + own;
        Api.Reply noReason = post(ownPath + "/exclude", json("reason", " "), secretary);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorMessage()).isEqualTo("Give the reason for the exclusion");
        assertThat(post("/api/awards/medal50/2026/candidates/" + other + "/confirm", json(), secretary).status())
                .as("outside the secretary's organization").isEqualTo(403);
        Api.Reply excluded = post(ownPath + "/exclude", json("reason", "本人申请暂缓"), secretary);
        assertThat(excluded.status()).as(excluded.toString()).isEqualTo(200);
        assertThat(excluded.object().getString("state")).isEqualTo("EXCLUDED");
        assertThat(candidates(2026, secretary).get(own).getString("reason")).isEqualTo("本人申请暂缓");
        assertThat(award(2026, own, CEREMONY.toString(), "说明", staff).status()).as("excluded").isEqualTo(400);

        Api.Reply withoutNote = award(2026, other, CEREMONY.toString(), null, staff);
        assertThat(withoutNote.status()).isEqualTo(400);
        assertThat(withoutNote.errorMessage()).startsWith("Not approved by the committee yet");
        assertThat(candidates(2026, ADMIN).get(other).getString("state")).as("nothing written").isEqualTo("PENDING");
        Api.Reply direct = award(2026, other, CEREMONY.toString(), "党工委会议决定直接颁发", staff);
        assertThat(direct.status()).as(direct.toString()).isEqualTo(201);
        assertThat(direct.object().getString("note")).isEqualTo("党工委会议决定直接颁发");
        Api.Reply audit = api.get("/api/audit?entityType=MedalNomination&entityId=" + direct.id(), ADMIN,
                ADMIN_PASSWORD);
        assertThat(audit.status()).as(audit.toString()).isEqualTo(200);
        assertThat(audit.body()).contains("AWARD");
    }

    /** A 2026 honor of this kind and level, for the subject and {@code more} fields (names and values). */
    private static JsonObject honor(String kind, String level, Object... subjectAndMore) {
        return with(json("kind", kind, "level", level, "year", 2026), subjectAndMore);
    }

    @Test
    @DisplayName("AW10, AW11 honors: wrong kind of subject 400, duplicate 409, secretary cannot approve, award")
    void honors() {
        long member = oldMember("示例党员I", branch, "1977-01-01");
        Api.Reply wrong = post("/api/honors", honor("OUTSTANDING_MEMBER", "ZONE", "organizationId", branch),
                secretary);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.errorMessage()).isEqualTo("OUTSTANDING_MEMBER honors a member: name no organization".replace(
                "OUTSTANDING_MEMBER", "Outstanding member"));
        Api.Reply wrongOrg = post("/api/honors", honor("ADVANCED_ORGANIZATION", "CITY", "memberId", member),
                secretary);
        assertThat(wrongOrg.status()).isEqualTo(400);
        Api.Reply unknown = post("/api/honors", honor("HERO", "CITY", "memberId", member), secretary);
        assertThat(unknown.status()).isEqualTo(400);
        Api.Reply nominated = post("/api/honors", honor("OUTSTANDING_MEMBER", "ZONE", "memberId", member,
                "citation", "带头攻关"), secretary);
        assertThat(nominated.status()).as(nominated.toString()).isEqualTo(201);
        assertThat(nominated.object().getString("state")).isEqualTo("NOMINATED");
        assertThat(post("/api/honors", honor("OUTSTANDING_MEMBER", "ZONE", "memberId", member), secretary)
                .status()).isEqualTo(409);
        Api.Reply advanced = post("/api/honors", honor("ADVANCED_ORGANIZATION", "CITY", "organizationId", branch),
                secretary);
        assertThat(advanced.status()).as(advanced.toString()).isEqualTo(201);
        assertThat(post("/api/honors", honor("ADVANCED_ORGANIZATION", "CITY", "organizationId", otherBranch),
                secretary).status()).isEqualTo(403);
        long id = nominated.id();
        assertThat(post("/api/honors/" + id + "/approve", json(), secretary).status()).isEqualTo(403);
        assertThat(post("/api/honors/" + id + "/award", json("awardedOn", LocalDate.now()), staff)
                .status()).as("not approved yet").isEqualTo(400);
        assertThat(post("/api/honors/" + id + "/approve", json(), staff).status()).isEqualTo(200);
        Api.Reply done = post("/api/honors/" + id + "/award", json("awardedOn",
                LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))), staff);
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.object().getString("state")).isEqualTo("AWARDED");
        List<JsonObject> ofMember = api.get("/api/honors?memberId=" + member, secretary, "Award2026pw").array()
                .stream().map(v -> (JsonObject) v).toList();
        assertThat(ofMember).hasSize(1);
        assertThat(ofMember.get(0).getString("kind")).isEqualTo("OUTSTANDING_MEMBER");
        List<JsonObject> ofBranch = api.get("/api/honors?organizationId=" + branch, staff, "Award2026pw").array()
                .stream().map(v -> (JsonObject) v).toList();
        assertThat(ofBranch).extracting(o -> o.getString("kind")).containsExactly("ADVANCED_ORGANIZATION");
        assertThat(api.get("/api/honors?organizationId=" + otherBranch, secretary, "Award2026pw").status())
                .as("naming an organization outside the scope").isEqualTo(403);
        assertThat(api.get("/api/honors?memberId=987654321", staff, "Award2026pw").status()).isEqualTo(404);
    }
}
