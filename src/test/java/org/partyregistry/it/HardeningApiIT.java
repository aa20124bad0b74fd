package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
import org.partyregistry.it.support.CreditCodes;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.it.support.IdNumbers;
import org.partyregistry.it.support.Workbooks;

/**
 * Hardening (issue 12): requests that recovered personal data, took the application down or answered 500. Each test
 * makes its own organizations, users and enterprises under a fresh tag; other classes share the server and database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HardeningApiIT {

    private static final String PASSWORD = "Secret2026x";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

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

    private long organization(String name, String type, Long parentId) {
        return fixtures.organization(name, type, parentId);
    }

    private long branch() {
        return organization("加固测试支部", "BRANCH", organization("加固测试工委", "WORKING_COMMITTEE", null));
    }

    private String user(String prefix, String role, Long organizationId) {
        return fixtures.account(prefix + "-" + tag, PASSWORD, role, organizationId).username();
    }

    /** A full member (since 2016-07-01) named {@code name} (tagged). */
    private long member(String name, String idNumber, long organizationId) {
        return fixtures.member(name, organizationId).idNumber(idNumber).probationaryOn(LocalDate.of(2015, 7, 1))
                .fullOn(LocalDate.of(2016, 7, 1)).create();
    }

    /**
     * A JSON string literal. These requests are written out as JSON text on purpose: they send numbers exactly as an
     * attacker types them ({@code 1e30}, {@code 1E+308}), which a JSON-P builder would normalise.
     */
    private static String q(String value) {
        return Json.createValue(value).toString();
    }

    private static List<String> fields(Api.Reply reply) {
        return reply.object().getJsonArray("errors").stream()
                .map(e -> ((JsonObject) e).get("field"))
                .map(f -> f == null || f == JsonValue.NULL ? "" : ((JsonString) f).getString())
                .toList();
    }

    private static String message(Api.Reply reply) {
        return reply.object().getJsonArray("errors").getJsonObject(0).getString("message");
    }

    @Test
    @DisplayName("Item 1: a secretary's ID-shaped search is refused (403, zh and en), names still match; no guess confirms")
    void secretaryCannotSearchByIdNumber() {
        long branch = branch();
        String secretary = user("hsec", "BRANCH_SECRETARY", branch);
        LocalDate birth = IdNumbers.randomBirth();
        String id = IdNumbers.bornOn(birth, true);
        long own = member("加固党员甲", id, branch);

        Api.Reply right = api.get("/api/members?q=" + id, secretary, PASSWORD);
        assertThat(right.status()).as(right.toString()).isEqualTo(403);
        assertThat(right.body()).doesNotContain("\"total\"");
        assertThat(message(right)).contains("身份证号码").contains("姓名");
        Api.Reply english = api.get("/api/members?q=" + id.toLowerCase(), secretary, PASSWORD, "en");
        assertThat(english.status()).isEqualTo(403);
        assertThat(message(english)).contains("ID number").contains("name");
        String wrongGuess = IdNumbers.bornOn(birth.plusDays(1), true);
        assertThat(api.get("/api/members?q=" + wrongGuess, secretary, PASSWORD).status())
                .as("a wrong guess answers exactly like the right one").isEqualTo(403);
        assertThat(api.get("/api/members/workbook?q=" + id, secretary, PASSWORD).status())
                .as("the roster export takes the same search").isEqualTo(403);

        JsonObject byName = api.get("/api/members?q=" + tag, secretary, PASSWORD).object();
        assertThat(byName.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(byName.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(own);
        assertThat(api.get("/api/audit?entityType=Member&action=SEARCH_ID&actor=" + secretary, ADMIN, ADMIN_PASSWORD)
                .array()).isEmpty();
    }

    @Test
    @DisplayName("Item 1: staff search by a full ID number, and each such search is audited without the number")
    void staffIdSearchIsAudited() {
        long branch = branch();
        String staff = user("hstaff", "COMMITTEE_STAFF", null);
        String id = IdNumbers.bornOn(IdNumbers.randomBirth(), false);
        long found = member("加固党员乙", id, branch);

        JsonObject page = api.get("/api/members?q=" + id, staff, PASSWORD).object();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(found);
        String unknown = IdNumbers.bornOn(LocalDate.of(1950, 1, 1), true);
        assertThat(api.get("/api/members?q=" + unknown, staff, PASSWORD).object().getJsonNumber("total")
                .longValue()).isZero();
        JsonObject byName = api.get("/api/members?q=" + tag, staff, PASSWORD).object();
        assertThat(byName.getJsonNumber("total").longValue()).isEqualTo(1);

        List<JsonObject> trail = api.get("/api/audit?entityType=Member&action=SEARCH_ID&actor=" + staff, ADMIN,
                ADMIN_PASSWORD).array().stream().map(JsonObject.class::cast).toList();
        assertThat(trail).as("one entry per exact-ID search, none for the name search").hasSize(2);
        assertThat(trail).filteredOn(e -> e.containsKey("entityId") && !e.isNull("entityId"))
                .extracting(e -> e.getJsonNumber("entityId").longValue()).as("the member found")
                .containsExactly(found);
        assertThat(trail).allSatisfy(e -> assertThat(e.toString()).doesNotContain(id).doesNotContain(unknown)
                .doesNotContain(id.substring(6, 14)).doesNotContain(unknown.substring(6, 14)));
    }

    /** The import template's sheet and headers, then {@code rows} rows written by {@code writer}, as a stream. */
    private static byte[] roster(int rows, RowWriter writer) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("党员名册");
            sheet.createRow(0).createCell(0).setCellValue("加固测试党员名册");
            Row header = sheet.createRow(1);
            for (int i = 0; i < Workbooks.HEADERS.length; i++) {
                header.createCell(i).setCellValue(Workbooks.HEADERS[i]);
            }
            for (int i = 0; i < rows; i++) {
                writer.write(sheet.createRow(2 + i), i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    private interface RowWriter {
        void write(Row row, int index);
    }

    private long total(long organizationId) {
        return api.get("/api/members?organizationId=" + organizationId, ADMIN, ADMIN_PASSWORD).object()
                .getJsonNumber("total").longValue();
    }

    @Test
    @DisplayName("Item 2: a 1,000,000-row workbook is refused at the row limit (400), read as a stream; the app still answers")
    void millionRowWorkbook() throws IOException {
        long branch = branch();
        byte[] big = roster(1_000_000, (row, i) -> row.createCell(0).setCellValue(i));
        assertThat(big.length).as("under the 10 MB upload limit, so the rows are what is refused")
                .isLessThan(10 * 1024 * 1024);

        Api.Reply refused = api.postBytes("/api/members/workbook?organizationId=" + branch, big, XLSX, ADMIN,
                ADMIN_PASSWORD);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonObject error = refused.object().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getInt("row")).isZero();
        assertThat(error.getString("message")).isEqualTo("一次最多导入 20000 行");

        assertThat(api.get("/api/members?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).status())
                .as("the application still answers").isEqualTo(200);
        assertThat(total(branch)).isZero();
        Api.Reply small = api.postBytes("/api/members/workbook?organizationId=" + branch,
                Workbooks.roster("党员名册", List.of(new Workbooks.Member("加固导入 " + tag,
                        IdNumbers.bornOn(LocalDate.of(1990, 5, 5), true), LocalDate.of(2018, 3, 1),
                        LocalDate.of(2019, 3, 1)))), XLSX, ADMIN, ADMIN_PASSWORD);
        assertThat(small.status()).as("an import right after it goes through: " + small).isEqualTo(200);
        assertThat(total(branch)).isEqualTo(1);
    }

    @Test
    @DisplayName("Item 2: a cell over its column's limit is named by row, header and limit, once, not 'cannot read'")
    void tooLongCellsAreNamed() throws IOException {
        long branch = branch();
        String longest = "长".repeat(32_700);
        byte[] workbook = roster(30, (row, i) -> {
            row.createCell(0).setCellValue(i == 0 ? "名".repeat(51) : longest + i);
            row.createCell(1).setCellValue(IdNumbers.bornOn(LocalDate.of(1988, 8, 8), i % 2 == 0));
            row.createCell(8).setCellValue("2018-03-01");
            row.createCell(9).setCellValue("2019-03-01");
        });
        Api.Reply refused = api.postBytes("/api/members/workbook?organizationId=" + branch, workbook, XLSX, ADMIN,
                ADMIN_PASSWORD);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<JsonObject> errors = refused.object().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .toList();
        assertThat(errors).extracting(e -> e.getInt("row")).as("one error per row, rows 3 to 32")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(3, 32).boxed().toList());
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.getString("column")).isEqualTo("姓名");
            assertThat(e.getString("message")).isEqualTo("不能超过50个字");
        });
        assertThat(total(branch)).isZero();
    }

    private Api.Reply enterprise(long park, String name, String code) {
        return api.post("/api/enterprises", "{\"name\":" + q(name) + ",\"creditCode\":" + q(code) + ",\"parkId\":"
                + park + ",\"industry\":\"软件和信息技术服务\",\"employees\":20,\"foundedOn\":\"2015-03-01\"}", ADMIN,
                ADMIN_PASSWORD);
    }

    /** Sends the requests all at once (20 threads released together) and returns the replies. */
    private static List<Api.Reply> race(int n, java.util.function.IntFunction<Api.Reply> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                replies.add(pool.submit(() -> {
                    go.await();
                    return request.apply(index);
                }));
            }
            go.countDown();
            List<Api.Reply> answered = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                answered.add(reply.get(2, TimeUnit.MINUTES));
            }
            return answered;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("Item 3: 20 parallel creations with one credit code (or park name): one 201, every other a 409 on the field")
    void racingCreatesConflict() throws Exception {
        Api.Reply park = api.post("/api/parks", "{\"name\":" + q("加固园区 " + tag) + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(park.status()).as(park.toString()).isEqualTo(201);
        String code = CreditCodes.fresh();
        List<Api.Reply> replies = race(20, i -> enterprise(park.id(), "加固企业" + i + " " + tag, code));
        assertThat(replies).extracting(Api.Reply::status).as(replies.toString())
                .containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(replies).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(fields(r)).containsExactly("creditCode"));

        String name = "加固并发园区 " + tag;
        List<Api.Reply> parks = race(20, i -> api.post("/api/parks", "{\"name\":" + q(name) + "}", ADMIN,
                ADMIN_PASSWORD));
        assertThat(parks).extracting(Api.Reply::status).as(parks.toString())
                .containsOnly(201, 409).containsOnlyOnce(201);
        assertThat(parks).filteredOn(r -> r.status() == 409)
                .allSatisfy(r -> assertThat(fields(r)).containsExactly("name"));
    }

    @Test
    @DisplayName("Item 3: dues income of 1e10 or more is a 400 on the income field, not a 500")
    void duesIncomeOverflow() {
        long branch = branch();
        long member = member("加固党员丙", IdNumbers.bornOn(IdNumbers.randomBirth(), true), branch);
        for (String income : List.of("1e10", "10000000000.00", "1E+308", "1e400")) {
            Api.Reply reply = api.put("/api/members/" + member + "/dues/" + TODAY.getYear(),
                    "{\"category\":\"IN_SERVICE\",\"income\":" + income + "}", ADMIN, ADMIN_PASSWORD);
            assertThat(reply.status()).as(income + ": " + reply).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("income");
        }
        Api.Reply largest = api.put("/api/members/" + member + "/dues/" + TODAY.getYear(),
                "{\"category\":\"IN_SERVICE\",\"income\":9999999999.99}", ADMIN, ADMIN_PASSWORD);
        assertThat(largest.status()).as(largest.toString()).isEqualTo(200);
    }

    @Test
    @DisplayName("Item 3: an unreadable Accept-Language does not make the error answer fail")
    void unreadableLanguage() {
        Api.Reply reply = api.get("/api/members/999999999999", ADMIN, ADMIN_PASSWORD, "en;q=x;;=");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.body()).contains("\"status\":404");
    }

    @Test
    @DisplayName("Item 4: 1e30, -1e308 or 1.5 for an integer field is a 400 on that field, not a silent 1073741824, 0 or 1")
    void integersAreNotCoerced() {
        Api.Reply park = api.post("/api/parks", "{\"name\":" + q("加固数字园区 " + tag) + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(park.status()).as(park.toString()).isEqualTo(201);
        for (String employees : List.of("1e30", "-1e308", "1.5", "2147483648")) {
            Api.Reply reply = api.post("/api/enterprises", "{\"name\":" + q("加固数字企业 " + tag) + ",\"creditCode\":"
                    + q(CreditCodes.fresh()) + ",\"parkId\":" + park.id() + ",\"industry\":\"软件\","
                    + "\"employees\":" + employees + ",\"foundedOn\":\"2015-03-01\"}", ADMIN, ADMIN_PASSWORD);
            assertThat(reply.status()).as(employees + ": " + reply).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("employees");
        }
        long branch = branch();
        Api.Reply term = api.post("/api/organizations/" + branch + "/terms",
                "{\"number\":1e30,\"electedOn\":\"2020-01-01\",\"years\":3,\"seats\":5}", ADMIN, ADMIN_PASSWORD);
        assertThat(term.status()).as(term.toString()).isEqualTo(400);
        assertThat(fields(term)).containsExactly("number");
        assertThat(api.get("/api/organizations/" + branch + "/terms", ADMIN, ADMIN_PASSWORD).array()).isEmpty();
    }

    @Test
    @DisplayName("Item 4: implausible dates are a 400 on the field with its bound: party dates from 1921-07-01, founding from 1900")
    void implausibleDates() {
        Api.Reply organization = api.post("/api/organizations", "{\"name\":" + q("加固日期工委 " + tag)
                + ",\"type\":\"WORKING_COMMITTEE\",\"establishedOn\":\"1921-06-30\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(organization.status()).as(organization.toString()).isEqualTo(400);
        assertThat(fields(organization)).containsExactly("establishedOn");
        assertThat(message(organization)).contains("1921-07-01");

        Api.Reply park = api.post("/api/parks", "{\"name\":" + q("加固日期园区 " + tag) + "}", ADMIN, ADMIN_PASSWORD);
        Api.Reply enterprise = api.post("/api/enterprises", "{\"name\":" + q("加固日期企业 " + tag) + ",\"creditCode\":"
                + q(CreditCodes.fresh()) + ",\"parkId\":" + park.id() + ",\"industry\":\"软件\","
                + "\"employees\":5,\"foundedOn\":\"0201-05-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(enterprise.status()).as(enterprise.toString()).isEqualTo(400);
        assertThat(fields(enterprise)).containsExactly("foundedOn");
        assertThat(message(enterprise)).contains("1900-01-01");

        long branch = branch();
        Api.Reply member = api.post("/api/members", "{\"name\":" + q("加固日期党员 " + tag) + ",\"idNumber\":"
                + q(IdNumbers.bornOn(LocalDate.of(1900, 3, 3), true)) + ",\"organizationId\":" + branch
                + ",\"appliedOn\":\"1921-06-30\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(member.status()).as(member.toString()).isEqualTo(400);
        assertThat(fields(member)).containsExactly("appliedOn");
        Api.Reply english = api.post("/api/members", "{\"name\":" + q("加固日期党员 " + tag) + ",\"idNumber\":"
                + q(IdNumbers.bornOn(LocalDate.of(1960, 3, 3), true)) + ",\"organizationId\":" + branch
                + ",\"appliedOn\":\"2999-01-01\"}", ADMIN, ADMIN_PASSWORD, "en");
        assertThat(english.status()).as("the future stays refused: " + english).isEqualTo(400);
        assertThat(fields(english)).containsExactly("appliedOn");
    }

    @Test
    @DisplayName("Item 4: years 0000, 9999 and +999999999 are a 400 on the field, never a 500; planned dates at most 5 years ahead")
    void datesOutOfBounds() {
        Api.Reply park = api.post("/api/parks", "{\"name\":" + q("加固远期园区 " + tag) + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(park.status()).as(park.toString()).isEqualTo(201);
        Api.Reply future = api.post("/api/enterprises", "{\"name\":" + q("加固远期企业 " + tag) + ",\"creditCode\":"
                + q(CreditCodes.fresh()) + ",\"parkId\":" + park.id() + ",\"industry\":\"软件\","
                + "\"employees\":5,\"foundedOn\":\"9999-12-31\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(future.status()).as(future.toString()).isEqualTo(400);
        assertThat(fields(future)).containsExactly("foundedOn");

        Api.Reply enterprise = enterprise(park.id(), "加固指导企业 " + tag, CreditCodes.fresh());
        assertThat(enterprise.status()).as(enterprise.toString()).isEqualTo(201);
        String instructors = "/api/enterprises/" + enterprise.id() + "/instructors";
        Api.Reply early = api.post(instructors, "{\"name\":\"加固指导员\",\"role\":\"INSTRUCTOR\","
                + "\"from\":\"0000-01-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(fields(early)).containsExactly("from");
        assertThat(message(early)).contains("1921-07-01");
        LocalDate latest = TODAY.plusYears(5);
        Api.Reply late = api.post(instructors, "{\"name\":\"加固指导员\",\"role\":\"INSTRUCTOR\","
                + "\"from\":\"2024-01-01\",\"to\":\"9999-12-31\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(late.status()).as(late.toString()).isEqualTo(400);
        assertThat(fields(late)).containsExactly("to");
        assertThat(message(late)).contains(latest.toString());
        assertThat(api.get(instructors, ADMIN, ADMIN_PASSWORD).array()).isEmpty();

        long branch = branch();
        long member = member("加固远期党员", IdNumbers.bornOn(IdNumbers.randomBirth(), true), branch);
        Api.Reply transfer = api.post("/api/members/" + member + "/transfers",
                "{\"toExternal\":\"外省某企业党支部\",\"on\":\"+999999999-01-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(transfer.status()).as("not a 500: " + transfer).isEqualTo(400);
        assertThat(fields(transfer)).containsExactly("on");
        assertThat(api.get("/api/members/" + member + "/transfers", ADMIN, ADMIN_PASSWORD).array()).isEmpty();

        Api.Reply suspend = api.post("/api/members/" + member + "/suspend", "{\"on\":\"9999-01-01\"}", ADMIN,
                ADMIN_PASSWORD);
        assertThat(suspend.status()).as(suspend.toString()).isEqualTo(400);
        assertThat(fields(suspend)).containsExactly("on");
        assertThat(api.get("/api/members/" + member, ADMIN, ADMIN_PASSWORD).object().getString("status"))
                .isEqualTo("ACTIVE");
    }
}
