package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
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
import org.partyregistry.it.support.CreditCodes;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.IdNumbers;
import org.partyregistry.platform.PrintChecks;

/**
 * The parks, enterprises and coverage REST contract on a real Payara Micro and database. Each test works in a park
 * of its own, so the counts it checks are exactly the enterprises it made.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnterpriseApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    Fixtures fixtures;
    String tag;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
    }

    /** Rule E11: after every test's writes, the coverage periods the report reads equal what the facts give. */
    @AfterEach
    void periodsFollowTheFacts() {
        Api.Reply periods = api.get("/api/reports/coverage/periods", ADMIN, ADMIN_PASSWORD);
        assertThat(periods.status()).as(periods.toString()).isEqualTo(200);
        assertThat(periods.object().getJsonNumber("rows").longValue()).isPositive();
        assertThat(periods.object().getJsonNumber("differences").longValue()).as("kept = the facts").isZero();
    }

    @Test
    @DisplayName("E11: the coverage periods are the administrator's to check and rebuild; a rebuild changes no figure")
    void periodsCheckedAndRebuilt() {
        Api.Reply before = api.get("/api/reports/coverage?asOf=2024-07-01&base=ELIGIBLE", ADMIN, ADMIN_PASSWORD);
        String secretary = "cp-" + tag;
        String password = "Secret-" + tag + "-1";
        fixtures.secretary(secretary, password, fixtures.organization("覆盖支部", "BRANCH", zone()));
        assertThat(api.get("/api/reports/coverage/periods", secretary, password).status()).isEqualTo(403);
        assertThat(api.post("/api/reports/coverage/periods/rebuild", "{}", secretary, password).status())
                .isEqualTo(403);
        Api.Reply rebuilt = api.post("/api/reports/coverage/periods/rebuild", "{}", ADMIN, ADMIN_PASSWORD);
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.object().getJsonNumber("differences").longValue()).isZero();
        assertThat(api.get("/api/reports/coverage?asOf=2024-07-01&base=ELIGIBLE", ADMIN, ADMIN_PASSWORD).object())
                .isEqualTo(before.object());
    }

    private long park() {
        return fixtures.park("测试园区");
    }

    /** Posts an enterprise named {@code name} (tagged) in software and IT services with 20 employees. */
    private Api.Reply enterprise(long park, String name, String code, LocalDate founded, LocalDate closed) {
        Fixtures.EnterpriseDraft enterprise = fixtures.enterprise(park, name).creditCode(code).foundedOn(founded);
        return (closed == null ? enterprise : enterprise.closedOn(closed)).post(ADMIN, ADMIN_PASSWORD);
    }

    private long enterprise(long park, String name, LocalDate founded, LocalDate closed) {
        Api.Reply reply = enterprise(park, name, CreditCodes.fresh(), founded, closed);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private long zone() {
        return fixtures.organization("覆盖测试工委", "WORKING_COMMITTEE", null, LocalDate.of(2000, 1, 1));
    }

    private Api.Reply organization(long parent, String name, String type, LocalDate on, List<Long> enterprises) {
        return api.post("/api/organizations", json("name", fixtures.tagged(name), "type", type, "parentId", parent,
                "establishedOn", on, "enterpriseIds", enterprises), ADMIN, ADMIN_PASSWORD);
    }

    private String coverageOf(long enterprise) {
        Api.Reply reply = api.get("/api/enterprises/" + enterprise, ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().containsKey("coverage") ? reply.object().getString("coverage") : null;
    }

    private JsonObject parkLine(long park, LocalDate asOf) {
        Api.Reply reply = api.get("/api/reports/coverage?asOf=" + asOf + "&base=ALL", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonArray("parks").stream().map(JsonObject.class::cast)
                .filter(p -> p.getJsonNumber("parkId").longValue() == park).findFirst().orElseThrow();
    }

    private static List<Integer> counts(JsonObject line) {
        return List.of(line.getInt("enterprises"), line.getInt("own"), line.getInt("joint"),
                line.getInt("workCoverage"), line.getInt("none"));
    }

    @Test
    @DisplayName("E1, E2, E7: parks and enterprises are created by staff, read by all; bad codes and dates are 400")
    void parksAndEnterprises() {
        long park = park();
        assertThat(api.post("/api/parks", json("name", "测试园区 " + tag), ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(409);
        assertThat(api.get("/api/parks", ADMIN, ADMIN_PASSWORD).array().stream().map(JsonObject.class::cast)
                .map(p -> p.getString("name"))).contains("测试园区 " + tag);

        String code = CreditCodes.fresh();
        Api.Reply created = enterprise(park, "示例测试企业", code.toLowerCase(), LocalDate.of(2015, 3, 1), null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/api/enterprises/" + created.id()));
        JsonObject read = api.get("/api/enterprises/" + created.id(), ADMIN, ADMIN_PASSWORD).object();
        assertThat(read.getString("creditCode")).isEqualTo(code);
        assertThat(read.getString("coverage")).isEqualTo("NONE");
        assertThat(read.getJsonNumber("parkId").longValue()).isEqualTo(park);

        char wrong = code.charAt(17) == '0' ? '1' : '0';
        Api.Reply badCheck = enterprise(park, "错误代码", code.substring(0, 17) + wrong, LocalDate.of(2015, 3, 1),
                null);
        assertThat(badCheck.status()).isEqualTo(400);
        assertThat(badCheck.object().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("creditCode");
        assertThat(enterprise(park, "重复", code, LocalDate.of(2015, 3, 1), null).status()).isEqualTo(409);
        assertThat(enterprise(987654321L, "无园区", CreditCodes.fresh(), LocalDate.of(2015, 3, 1), null).status())
                .isEqualTo(400);
        assertThat(enterprise(park, "倒序", CreditCodes.fresh(), LocalDate.of(2015, 3, 1), LocalDate.of(2014, 1, 1))
                .status()).isEqualTo(400);
        assertThat(api.get("/api/enterprises?parkId=" + park, ADMIN, ADMIN_PASSWORD).object().getInt("total"))
                .as("refusals wrote nothing").isEqualTo(1);

        long zone = zone();
        long branch = fixtures.organization("支部", "BRANCH", zone, LocalDate.of(2020, 1, 1));
        String secretary = "ent-" + tag;
        fixtures.secretary(secretary, "Secret2026x", branch);
        assertThat(api.get("/api/parks", secretary, "Secret2026x").status()).isEqualTo(200);
        assertThat(api.get("/api/enterprises/" + created.id(), secretary, "Secret2026x").status()).isEqualTo(200);
        assertThat(api.post("/api/parks", json("name", "越权园区"), secretary, "Secret2026x").status()).isEqualTo(403);
        assertThat(enterpriseAs(secretary, park).status()).isEqualTo(403);
    }

    private Api.Reply enterpriseAs(String user, long park) {
        return api.post("/api/enterprises", json("name", "越权企业", "creditCode", CreditCodes.fresh(),
                "parkId", park, "industry", "x", "employees", 1, "foundedOn", "2020-01-01"), user, "Secret2026x");
    }

    @Test
    @DisplayName("O11, E4: own organizations in one enterprise, joint branches in two to five, only operating ones")
    void organizationsFormedInEnterprises() {
        long park = park();
        long zone = zone();
        LocalDate founded = LocalDate.of(2016, 1, 1);
        List<Long> six = List.of(enterprise(park, "甲", founded, null), enterprise(park, "乙", founded, null),
                enterprise(park, "丙", founded, null), enterprise(park, "丁", founded, null),
                enterprise(park, "戊", founded, null), enterprise(park, "己", founded, null));
        long closed = enterprise(park, "已注销", founded, LocalDate.of(2019, 6, 30));

        assertThat(organization(zone, "六家联合", "JOINT_BRANCH", LocalDate.of(2020, 1, 1), six).status())
                .isEqualTo(400);
        assertThat(organization(zone, "两家单独", "BRANCH", LocalDate.of(2020, 1, 1), six.subList(0, 2)).status())
                .isEqualTo(400);
        assertThat(organization(zone, "注销企业", "BRANCH", LocalDate.of(2020, 1, 1), List.of(closed)).status())
                .isEqualTo(400);
        assertThat(api.get("/api/organizations/" + zone + "/children", ADMIN, ADMIN_PASSWORD).array()).isEmpty();

        Api.Reply own = organization(zone, "单独支部", "BRANCH", LocalDate.of(2020, 1, 1), six.subList(0, 1));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.object().getJsonArray("enterpriseIds").getJsonNumber(0).longValue()).isEqualTo(six.get(0));
        Api.Reply joint = organization(zone, "五家联合", "JOINT_BRANCH", LocalDate.of(2020, 1, 1), six.subList(1, 6));
        assertThat(joint.status()).as(joint.toString()).isEqualTo(201);
        assertThat(coverageOf(six.get(0))).isEqualTo("OWN_ORGANIZATION");
        assertThat(coverageOf(six.get(3))).isEqualTo("JOINT_ORGANIZATION");
        assertThat(coverageOf(closed)).as("a closed enterprise has no coverage today").isNull();
    }

    @Test
    @DisplayName("E3, E5, E6: coverage and the report at the boundary days of enterprises, organizations, instructors")
    void coverageAtTheBoundaryDays() {
        long park = park();
        long zone = zone();
        long ownUnit = enterprise(park, "单独组建", LocalDate.of(2015, 1, 1), null);
        long jointA = enterprise(park, "联合甲", LocalDate.of(2015, 1, 1), null);
        long jointB = enterprise(park, "联合乙", LocalDate.of(2015, 1, 1), null);
        long instructed = enterprise(park, "指导员", LocalDate.of(2015, 1, 1), null);
        long bare = enterprise(park, "未覆盖", LocalDate.of(2015, 1, 1), null);
        long lateFounded = enterprise(park, "新成立", LocalDate.of(2021, 3, 1), null);
        long closing = enterprise(park, "将注销", LocalDate.of(2015, 1, 1), LocalDate.of(2021, 3, 1));

        Api.Reply own = organization(zone, "单独支部", "BRANCH", LocalDate.of(2018, 5, 1), List.of(ownUnit));
        assertThat(own.status()).isEqualTo(201);
        assertThat(organization(zone, "联合支部", "JOINT_BRANCH", LocalDate.of(2018, 5, 1), List.of(jointA, jointB))
                .status()).isEqualTo(201);
        Api.Reply assign = api.post("/api/enterprises/" + instructed + "/instructors",
                json("name", "示例指导员", "role", "INSTRUCTOR", "from", "2019-01-01", "to", "2021-02-28"),
                ADMIN, ADMIN_PASSWORD);
        assertThat(assign.status()).as(assign.toString()).isEqualTo(201);
        assertThat(api.post("/api/enterprises/" + bare + "/instructors",
                json("name", "倒序", "role", "LIAISON", "from", "2019-01-01", "to", "2018-12-31"),
                ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        Api.Reply dissolve = api.post("/api/organizations/" + own.id() + "/dissolve",
                json("on", "2021-03-01", "reason", "企业搬离园区"), ADMIN, ADMIN_PASSWORD);
        assertThat(dissolve.status()).as(dissolve.toString()).isEqualTo(200);

        // 2021-02-28: instructor's last day, organization still there, late enterprise not founded, closing one open
        JsonObject before = parkLine(park, LocalDate.of(2021, 2, 28));
        assertThat(counts(before)).containsExactly(6, 1, 2, 1, 2);
        assertThat(((JsonNumber) before.get("organizationCoverageRate")).bigDecimalValue())
                .isEqualByComparingTo("0.5000");
        assertThat(((JsonNumber) before.get("ownOrganizationRate")).bigDecimalValue()).isEqualByComparingTo("0.1667");
        assertThat(((JsonNumber) before.get("workCoverageRate")).bigDecimalValue()).isEqualByComparingTo("0.6667");

        // 2021-03-01: organization dissolved on the day, instructor ended the day before, the new one founded on the
        // day (counted), the closing one closed on the day (not counted)
        JsonObject on = parkLine(park, LocalDate.of(2021, 3, 1));
        assertThat(counts(on)).containsExactly(6, 0, 2, 0, 4);

        JsonObject early = parkLine(park, LocalDate.of(2010, 1, 1));
        assertThat(counts(early)).as("an empty base").containsExactly(0, 0, 0, 0, 0);
        assertThat(((JsonNumber) early.get("organizationCoverageRate")).bigDecimalValue()).isEqualByComparingTo("0");

        Api.Reply drill = api.get("/api/enterprises?parkId=" + park + "&coverage=NONE&asOf=2021-03-01", ADMIN,
                ADMIN_PASSWORD);
        assertThat(drill.object().getInt("total")).isEqualTo(4);
        assertThat(drill.object().getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(e -> e.getJsonNumber("id").longValue()))
                .containsExactlyInAnyOrder(ownUnit, instructed, bare, lateFounded);
        assertThat(coverageOf(closing)).isNull();
    }

    private void members(long organization, long enterprise, int full, int probationary) {
        for (int i = 0; i < full + probationary; i++) {
            Fixtures.MemberDraft member = fixtures.member("示例党员" + i, organization)
                    .born(IdNumbers.randomBirth(), i % 2 == 0).workUnit(enterprise);
            if (i < full) {
                member.probationaryOn(LocalDate.of(2015, 1, 10)).fullOn(LocalDate.of(2016, 1, 10));
            } else {
                member.probationaryOn(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(2));
            }
            member.create();
        }
    }

    @Test
    @DisplayName("E6: the eligible base counts enterprises with 3+ full members; those without their own organization "
            + "are listed to form one")
    void eligibleBaseAndEnterprisesThatShouldFormTheirOwn() {
        long park = park();
        long zone = zone();
        LocalDate founded = LocalDate.of(2010, 1, 1);
        long uncovered = enterprise(park, "三名党员无组织", founded, null);
        long owned = enterprise(park, "三名党员有组织", founded, null);
        long fewer = enterprise(park, "两名正式一名预备", founded, null);
        long jointA = enterprise(park, "联合甲三名党员", founded, null);
        long jointB = enterprise(park, "联合乙无党员", founded, null);
        long branch = organization(zone, "有组织支部", "BRANCH", LocalDate.of(2012, 1, 1), List.of(owned)).id();
        organization(zone, "联合支部", "JOINT_BRANCH", LocalDate.of(2012, 1, 1), List.of(jointA, jointB));
        members(branch, uncovered, 3, 0);
        members(branch, owned, 3, 0);
        members(branch, fewer, 2, 1);
        members(branch, jointA, 3, 0);

        Api.Reply eligible = api.get("/api/reports/coverage?base=ELIGIBLE", ADMIN, ADMIN_PASSWORD);
        assertThat(eligible.status()).as(eligible.toString()).isEqualTo(200);
        JsonObject line = eligible.object().getJsonArray("parks").stream().map(JsonObject.class::cast)
                .filter(p -> p.getJsonNumber("parkId").longValue() == park).findFirst().orElseThrow();
        assertThat(counts(line)).as("enterprises, own, joint, work, none").containsExactly(3, 1, 1, 0, 1);
        assertThat(eligible.object().getString("base")).isEqualTo("ELIGIBLE");
        List<Long> should = eligible.object().getJsonArray("shouldFormOwn").stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("name").endsWith(tag)).map(e -> e.getJsonNumber("enterpriseId").longValue())
                .toList();
        assertThat(should).containsExactlyInAnyOrder(uncovered, jointA);
        assertThat(eligible.object().getJsonArray("shouldFormOwn").stream().map(JsonObject.class::cast)
                .filter(e -> e.getJsonNumber("enterpriseId").longValue() == uncovered).findFirst().orElseThrow()
                .getInt("fullMembers")).isEqualTo(3);
        assertThat(counts(parkLine(park, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")))))
                .as("the ALL base still counts all five").containsExactly(5, 1, 2, 0, 2);
        assertThat(api.get("/api/reports/coverage?base=ELIGIBLE&asOf=2015-06-01", ADMIN, ADMIN_PASSWORD).object()
                .getJsonArray("parks").stream().map(JsonObject.class::cast)
                .filter(p -> p.getJsonNumber("parkId").longValue() == park).findFirst().orElseThrow()
                .getInt("enterprises")).as("before anyone was a full member").isZero();
    }

    @Test
    @DisplayName("E9, E10: the report's shape, its totals, bad parameters, and the workbook read back")
    void reportContractAndWorkbook() throws IOException {
        long park = park();
        enterprise(park, "甲", LocalDate.of(2015, 1, 1), null);
        enterprise(park, "乙", LocalDate.of(2015, 1, 1), null);
        Api.Reply report = api.get("/api/reports/coverage", ADMIN, ADMIN_PASSWORD);
        assertThat(report.status()).isEqualTo(200);
        JsonObject body = report.object();
        assertThat(body.getString("base")).isEqualTo("ALL");
        assertThat(body.getString("asOf")).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        JsonObject total = body.getJsonObject("total");
        assertThat(total.containsKey("parkId")).isFalse();
        int sum = body.getJsonArray("parks").stream().map(JsonObject.class::cast).mapToInt(p -> p.getInt("enterprises"))
                .sum();
        assertThat(total.getInt("enterprises")).isEqualTo(sum);
        assertThat(total.getInt("own") + total.getInt("joint") + total.getInt("workCoverage") + total.getInt("none"))
                .isEqualTo(total.getInt("enterprises"));

        assertThat(api.get("/api/reports/coverage?asOf=2021-02-30", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        assertThat(api.get("/api/reports/coverage?asOf=yesterday", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        assertThat(api.get("/api/reports/coverage?base=SOME", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);

        HttpResponse<byte[]> workbook = api.getBytes("/api/reports/coverage.xlsx?asOf=2026-01-01&base=ALL", ADMIN,
                ADMIN_PASSWORD);
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        JsonObject json = api.get("/api/reports/coverage?asOf=2026-01-01&base=ALL", ADMIN, ADMIN_PASSWORD).object();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("党的组织和工作覆盖情况");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("2026-01-01");
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat((long) last.getCell(1).getNumericCellValue())
                    .isEqualTo(json.getJsonObject("total").getInt("enterprises"));
            assertThat(last.getCell(6).getNumericCellValue()).isEqualTo(
                    json.getJsonObject("total").getJsonNumber("organizationCoverageRate").doubleValue());
            boolean found = false;
            for (int r = 4; r < sheet.getLastRowNum(); r++) {
                if (("测试园区 " + tag).equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                    assertThat((long) sheet.getRow(r).getCell(1).getNumericCellValue()).isEqualTo(2);
                    assertThat((long) sheet.getRow(r).getCell(5).getNumericCellValue()).isEqualTo(2);
                    found = true;
                }
            }
            assertThat(found).as("the test's park has its row").isTrue();
            PrintChecks.assertPrintReady(sheet, 9, 3, 3, true);
        }
    }

    private List<Long> drill(long park, String coverage, LocalDate asOf) {
        Api.Reply reply = api.get("/api/enterprises?parkId=" + park + "&coverage=" + coverage + "&asOf=" + asOf,
                ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonArray("items").stream().map(JsonObject.class::cast)
                .map(e -> e.getJsonNumber("id").longValue()).toList();
    }

    private List<Long> shouldFormOwn(LocalDate asOf) {
        Api.Reply reply = api.get("/api/reports/coverage?base=ELIGIBLE&asOf=" + asOf, ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonArray("shouldFormOwn").stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("name").endsWith(tag)).map(e -> e.getJsonNumber("enterpriseId").longValue())
                .toList();
    }

    @Test
    @DisplayName("E8: re-linking an organization's enterprises from a date keeps the coverage before that date")
    void relinkingKeepsThePast() {
        long park = park();
        long zone = zone();
        long first = enterprise(park, "原单位", LocalDate.of(2010, 1, 1), null);
        long second = enterprise(park, "新单位", LocalDate.of(2010, 1, 1), null);
        long branch = organization(zone, "迁移支部", "BRANCH", LocalDate.of(2015, 1, 1), List.of(first)).id();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

        Api.Reply future = api.post("/api/organizations/" + branch + "/enterprises",
                json("enterpriseIds", List.of(second), "on", today.plusDays(1)), ADMIN, ADMIN_PASSWORD);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("on");
        Api.Reply beforeFounding = api.post("/api/organizations/" + branch + "/enterprises",
                json("enterpriseIds", List.of(second), "on", "2014-12-31"), ADMIN, ADMIN_PASSWORD);
        assertThat(beforeFounding.status()).isEqualTo(400);
        assertThat(beforeFounding.errorFields()).containsExactly("on");

        Api.Reply moved = api.post("/api/organizations/" + branch + "/enterprises",
                json("enterpriseIds", List.of(second), "on", "2020-06-01"), ADMIN, ADMIN_PASSWORD);
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.object().getJsonArray("enterpriseIds").getJsonNumber(0).longValue()).isEqualTo(second);
        assertThat(moved.object().getJsonArray("enterpriseIds")).hasSize(1);
        assertThat(drill(park, "OWN_ORGANIZATION", LocalDate.of(2015, 1, 1))).as("from the founding day")
                .containsExactly(first);
        assertThat(drill(park, "OWN_ORGANIZATION", LocalDate.of(2020, 5, 31))).containsExactly(first);
        assertThat(drill(park, "OWN_ORGANIZATION", LocalDate.of(2020, 6, 1))).containsExactly(second);
        assertThat(drill(park, "OWN_ORGANIZATION", today)).containsExactly(second);

        Api.Reply beforeLast = api.post("/api/organizations/" + branch + "/enterprises",
                json("enterpriseIds", List.of(first), "on", "2020-05-31"), ADMIN, ADMIN_PASSWORD);
        assertThat(beforeLast.status()).as("not before the last change").isEqualTo(400);
        assertThat(beforeLast.errorFields()).containsExactly("on");
        assertThat(drill(park, "OWN_ORGANIZATION", LocalDate.of(2020, 5, 31))).containsExactly(first);
    }

    @Test
    @DisplayName("E8: a work unit changed from a date keeps the ELIGIBLE base and 'should form own' before that date")
    void workUnitChangesKeepThePast() {
        long park = park();
        long zone = zone();
        long before = enterprise(park, "原工作单位", LocalDate.of(2010, 1, 1), null);
        long after = enterprise(park, "新工作单位", LocalDate.of(2010, 1, 1), null);
        long branch = organization(zone, "党员支部", "BRANCH", LocalDate.of(2012, 1, 1), List.of()).id();
        List<Long> members = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            members.add(fixtures.member("示例党员" + i, branch).born(IdNumbers.randomBirth(), i % 2 == 0)
                    .workUnit(before).probationaryOn(LocalDate.of(2015, 1, 10)).fullOn(LocalDate.of(2016, 1, 10))
                    .create());
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        Api.Reply future = api.put("/api/members/" + members.get(0) + "/work-unit",
                json("enterpriseId", after, "on", today.plusDays(1)), ADMIN, ADMIN_PASSWORD);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("on");
        Api.Reply beforeHistory = api.put("/api/members/" + members.get(0) + "/work-unit",
                json("enterpriseId", after, "on", "2015-01-09"), ADMIN, ADMIN_PASSWORD);
        assertThat(beforeHistory.status()).as("before the member's earliest date").isEqualTo(400);
        assertThat(beforeHistory.errorFields()).containsExactly("on");
        for (long member : members) {
            Api.Reply changed = api.put("/api/members/" + member + "/work-unit",
                    json("enterpriseId", after, "on", "2021-01-01"), ADMIN, ADMIN_PASSWORD);
            assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        }
        assertThat(shouldFormOwn(LocalDate.of(2020, 12, 31))).containsExactly(before);
        assertThat(shouldFormOwn(LocalDate.of(2021, 1, 1))).containsExactly(after);
        assertThat(shouldFormOwn(today)).containsExactly(after);
        assertThat(drill(park, "NONE&base=ELIGIBLE", LocalDate.of(2020, 12, 31)))
                .as("drill-down of the ELIGIBLE base").containsExactly(before);
        assertThat(drill(park, "NONE&base=ELIGIBLE", today)).containsExactly(after);
    }
}
