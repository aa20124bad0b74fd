package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.IdNumbers.randomBirth;
import static org.partyregistry.it.support.JsonBodies.json;
import static org.partyregistry.it.support.JsonBodies.with;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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
 * The dues REST contract on a real Payara Micro and database (H2, and PostgreSQL in CI): the calculator's worked
 * examples, bracket edge, flat amount, 400s and callers; a member's year confirmed and changed, payments of several
 * months, the January sheet of a branch (propose, confirm all), arrears and the report; scope 403s and the 400s
 * that write nothing. Every test builds its own organizations and members; dates are relative to today in China.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuesApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final int YEAR = TODAY.getYear();

    Api api;
    Fixtures fixtures;
    String tag;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
    }

    private Api.Reply calculate(String query) {
        return api.get("/api/dues/calculate?" + query, ADMIN, ADMIN_PASSWORD, "en");
    }

    private JsonObject calculated(String category, String income) {
        Api.Reply reply = calculate("category=" + category + "&income=" + income);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private static BigDecimal number(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue();
    }

    @Test
    @DisplayName("D1, D3 worked examples: 5100 in service gives 76.50 at 0.015, 4900 gives 49.00 at 0.01")
    void workedExamples() {
        JsonObject above = calculated("IN_SERVICE", "5100.00");
        assertThat(above.getString("category")).isEqualTo("IN_SERVICE");
        assertThat(number(above, "income")).isEqualByComparingTo("5100");
        assertThat(number(above, "rate")).isEqualByComparingTo("0.015");
        assertThat(number(above, "monthly")).isEqualTo(new BigDecimal("76.50"));
        JsonObject below = calculated("IN_SERVICE", "4900");
        assertThat(number(below, "rate")).isEqualByComparingTo("0.01");
        assertThat(number(below, "monthly")).isEqualTo(new BigDecimal("49.00"));
        assertThat(calculate("category=IN_SERVICE&income=5100").body()).as("monthly has two decimals")
                .contains("\"monthly\":76.50");
    }

    @Test
    @DisplayName("D1, D2 the 10000 edge belongs to 1.5%, a fen more to 2%; retired and flat categories")
    void bracketEdgeAndFlatAmount() {
        JsonObject atEdge = calculated("IN_SERVICE", "10000");
        assertThat(number(atEdge, "rate")).isEqualByComparingTo("0.015");
        assertThat(number(atEdge, "monthly")).isEqualTo(new BigDecimal("150.00"));
        JsonObject aboveEdge = calculated("IN_SERVICE", "10000.01");
        assertThat(number(aboveEdge, "rate")).isEqualByComparingTo("0.02");
        assertThat(number(aboveEdge, "monthly")).isEqualTo(new BigDecimal("200.00"));
        JsonObject retired = calculated("RETIRED", "5000.01");
        assertThat(number(retired, "rate")).isEqualByComparingTo("0.01");
        assertThat(number(retired, "monthly")).isEqualTo(new BigDecimal("50.00"));
        JsonObject student = calculated("STUDENT", "8000");
        assertThat(number(student, "monthly")).isEqualTo(new BigDecimal("0.20"));
        assertThat(student.get("rate")).as("no rate for a flat amount").isEqualTo(JsonValue.NULL);
    }

    @Test
    @DisplayName("D3 an unknown category, a missing, non-numeric or negative income: 400 naming the parameter")
    void badParametersAre400() {
        Api.Reply unknown = calculate("category=PENSIONER&income=5100");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("category");
        assertThat(unknown.errorMessage()).isEqualTo(
                "Unknown dues category \"PENSIONER\": use IN_SERVICE, RETIRED, STUDENT, UNEMPLOYED or RELIEF");
        Api.Reply words = calculate("category=IN_SERVICE&income=abc");
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.errorFields()).containsExactly("income");
        assertThat(words.errorMessage()).isEqualTo("\"abc\" is not an amount (NNNN.NN)");
        Api.Reply negative = calculate("category=RETIRED&income=-0.01");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("income");
        assertThat(negative.errorMessage()).isEqualTo("The amount cannot be negative: -0.01");
        Api.Reply missing = calculate("category=IN_SERVICE");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).containsExactly("income");
        Api.Reply noCategory = calculate("income=5100");
        assertThat(noCategory.status()).isEqualTo(400);
        assertThat(noCategory.errorFields()).containsExactly("category");
        Api.Reply chinese = api.get("/api/dues/calculate?category=IN_SERVICE&income=-5", ADMIN, ADMIN_PASSWORD,
                "zh-CN");
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.object().getString("title")).isEqualTo("输入有误");
        assertThat(chinese.errorMessage()).isEqualTo("金额不能为负数：-5");
    }

    @Test
    @DisplayName("D9 any signed-in role may calculate; without credentials it is 401")
    void everySignedInRole() {
        long zone = fixtures.organization("党费测试工委", "WORKING_COMMITTEE", null, LocalDate.of(2020, 1, 1));
        long branch = fixtures.organization("党费测试支部", "BRANCH", zone, LocalDate.of(2020, 1, 1));
        fixtures.secretary("dues-sec-" + tag, "Secret2026x", branch);
        fixtures.staff("dues-staff-" + tag, "Staff2026x");
        String query = "/api/dues/calculate?category=IN_SERVICE&income=4900";
        Api.Reply secretary = api.get(query, "dues-sec-" + tag, "Secret2026x");
        assertThat(secretary.status()).as(secretary.toString()).isEqualTo(200);
        assertThat(number(secretary.object(), "monthly")).isEqualTo(new BigDecimal("49.00"));
        Api.Reply staff = api.get(query, "dues-staff-" + tag, "Staff2026x");
        assertThat(staff.status()).as(staff.toString()).isEqualTo(200);
        assertThat(api.get(query, null, null).status()).isEqualTo(401);
    }

    private long organization(String name, String type, Long parentId) {
        return fixtures.organization(name, type, parentId);
    }

    /** A member admitted (as probationary) on {@code probationaryOn}, full a year later if that has come. */
    private long member(String name, long organizationId, String probationaryOn) {
        LocalDate admitted = LocalDate.parse(probationaryOn);
        Fixtures.MemberDraft member = fixtures.member(name, organizationId).born(randomBirth(), true)
                .probationaryOn(admitted);
        if (!admitted.plusYears(1).isAfter(TODAY)) {
            member.fullOn(admitted.plusYears(1));
        }
        return member.create();
    }

    /** A year's dues: category and income (and {@code more} fields: names and values). */
    private static JsonObject year(String category, Object income, Object... more) {
        return with(json("category", category, "income", income), more);
    }

    private Api.Reply putYear(long memberId, int year, JsonObject json, String user, String password) {
        return api.put("/api/members/" + memberId + "/dues/" + year, json, user, password);
    }

    private void confirmYear(long memberId, int year, String income) {
        Api.Reply reply = putYear(memberId, year, year("IN_SERVICE", new BigDecimal(income)), ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    }

    private static JsonObject payment(String paidOn, List<?> months, String amount, String method) {
        return json("paidOn", paidOn, "months", months, "amount", new BigDecimal(amount), "method", method);
    }

    private Api.Reply pay(long memberId, String paidOn, List<YearMonth> months, String amount, String user,
                          String password) {
        return api.post("/api/members/" + memberId + "/dues/payments", payment(paidOn, months, amount, "CASH"), user,
                password);
    }

    private JsonObject report(long organizationId, int year) {
        Api.Reply reply = api.get("/api/reports/dues?organizationId=" + organizationId + "&year=" + year, ADMIN,
                ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object();
    }

    private List<Long> inArrears(long organizationId) {
        Api.Reply reply = api.get("/api/dues/arrears?organizationId=" + organizationId, ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.array().stream().map(v -> ((JsonObject) v).getJsonNumber("memberId").longValue()).toList();
    }

    private static YearMonth monthsAgo(int months) {
        return YearMonth.from(TODAY).minusMonths(months);
    }

    @Test
    @DisplayName("D8: arrears count from January of the first year fixed, not from an admission years before")
    void arrearsBeginWithTheFirstFixedYear() {
        long zone = organization("欠交工委", "WORKING_COMMITTEE", null);
        long branch = organization("欠交支部", "BRANCH", zone);
        long longAgo = member("早年入党", branch, "2015-03-01");
        long unfixed = member("未核定", branch, "2015-03-01");
        confirmYear(longAgo, YEAR, "5100");
        int sinceJanuary = monthsAgo(1).getMonthValue();
        JsonArray rows = api.get("/api/dues/arrears?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).array();
        JsonObject never = rows.stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("memberId").longValue() == unfixed).findFirst().orElseThrow();
        assertThat(never.getString("unpaidSince")).as("no year fixed: from admission").isEqualTo("2015-03");
        java.util.Optional<JsonObject> fixed = rows.stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("memberId").longValue() == longAgo).findFirst();
        if (monthsAgo(1).getYear() == YEAR && sinceJanuary >= 3) {
            assertThat(fixed).as("January to last month unpaid").hasValueSatisfying(r -> {
                assertThat(r.getString("unpaidSince")).isEqualTo(YEAR + "-01");
                assertThat(r.getInt("monthsUnpaid")).isEqualTo(sinceJanuary);
            });
            assertThat(report(branch, YEAR).getJsonNumber("membersInArrears").longValue()).isEqualTo(2);
        } else {
            assertThat(fixed).as("fewer than 3 months of this year have passed").isEmpty();
            assertThat(report(branch, YEAR).getJsonNumber("membersInArrears").longValue()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("D8 D14 the standing kept by years, payments and member changes equals its rebuild; the current month "
            + "paid with the three before it open is 3 months behind; a member who died drops out")
    void standingKeptCurrentEqualsItsRebuild() {
        long zone = organization("汇总工委", "WORKING_COMMITTEE", null);
        long branch = organization("汇总支部", "BRANCH", zone);
        long current = member("只交本月", branch, "2015-07-01");
        long died = member("已故未交", branch, "2015-07-01");
        long registered = member("新近登记", branch, "2015-07-01");
        confirmYear(current, YEAR - 1, "5100");
        confirmYear(current, YEAR, "5100");
        assertThat(inArrears(branch)).containsExactlyInAnyOrder(current, died, registered);

        Api.Reply earlier = pay(current, TODAY.toString(), List.of(monthsAgo(6), monthsAgo(5), monthsAgo(4)),
                "229.50", ADMIN, ADMIN_PASSWORD);
        assertThat(earlier.status()).as(earlier.toString()).isEqualTo(201);
        Api.Reply thisMonth = pay(current, TODAY.toString(), List.of(monthsAgo(0)), "76.50", ADMIN,
                ADMIN_PASSWORD);
        assertThat(thisMonth.status()).as(thisMonth.toString()).isEqualTo(201);
        assertThat(api.post("/api/members/" + died + "/death", json("on", TODAY), ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(200);

        JsonArray rows = api.get("/api/dues/arrears?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).array();
        assertThat(rows.stream().map(v -> ((JsonObject) v).getJsonNumber("memberId").longValue()).toList())
                .as("the one who died owes nothing any more").containsExactlyInAnyOrder(current, registered);
        JsonObject row = rows.stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("memberId").longValue() == current).findFirst().orElseThrow();
        assertThat(row.getString("unpaidSince")).isEqualTo(monthsAgo(3).toString());
        assertThat(row.getInt("monthsUnpaid")).isEqualTo(3);
        assertThat(row.getString("level")).isEqualTo("REMINDER");

        String pages = "/api/dues/arrears?organizationId=" + branch + "&limit=1";
        JsonArray first = api.get(pages, ADMIN, ADMIN_PASSWORD).array();
        assertThat(first).as("a page by key, longest first").hasSize(1);
        assertThat(first.getJsonObject(0).getJsonNumber("memberId").longValue()).isEqualTo(registered);
        JsonArray second = api.get(pages + "&after=" + first.getJsonObject(0).getString("unpaidSince") + ","
                + registered, ADMIN, ADMIN_PASSWORD).array();
        assertThat(second).hasSize(1);
        assertThat(second.getJsonObject(0)).isEqualTo(row);
        assertThat(api.get(pages + "&after=" + row.getString("unpaidSince") + "," + current, ADMIN, ADMIN_PASSWORD)
                .array()).as("after the last row").isEmpty();
        assertThat(api.get(pages.replace("limit=1", "limit=0"), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        assertThat(api.get(pages.replace("limit=1", "after=2025-01,1"), ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(400);

        fixtures.secretary("standing-sec-" + tag, "Secret2026x", branch);
        assertThat(api.post("/api/dues/standing/rebuild", json(), "standing-sec-" + tag, "Secret2026x").status())
                .as("administrators only").isEqualTo(403);
        Api.Reply rebuilt = api.post("/api/dues/standing/rebuild", json(), ADMIN, ADMIN_PASSWORD);
        assertThat(rebuilt.status()).as(rebuilt.toString()).isEqualTo(200);
        assertThat(rebuilt.object().getJsonNumber("differed").longValue())
                .as("every write kept the standing equal to the facts").isZero();
        assertThat(rebuilt.object().getJsonNumber("rows").longValue()).isPositive();
        assertThat(api.get("/api/dues/arrears?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).array())
                .as("the same list after the rebuild").isEqualTo(rows);
    }

    @Test
    @DisplayName("D4 D6 D8: the year confirmed at the proposal, two months paid at once (201), report and arrears")
    void confirmPayReportAndArrears() {
        long zone = organization("党费工委", "WORKING_COMMITTEE", null);
        long branch = organization("党费支部", "BRANCH", zone);
        long payer = member("按时交纳", branch, "2015-07-01");
        long late = member("长期欠交", branch, "2015-07-01");
        assertThat(inArrears(branch)).as("nobody has paid yet").containsExactlyInAnyOrder(payer, late);

        Api.Reply year = putYear(payer, YEAR, year("IN_SERVICE", 5100), ADMIN,
                ADMIN_PASSWORD);
        assertThat(year.status()).as(year.toString()).isEqualTo(200);
        assertThat(year.object().getBoolean("confirmed")).isTrue();
        assertThat(number(year.object(), "monthly")).isEqualTo(new BigDecimal("76.50"));
        assertThat(number(year.object(), "standardMonthly")).isEqualTo(new BigDecimal("76.50"));
        confirmYear(payer, YEAR - 1, "5100");
        JsonObject before = report(branch, YEAR);
        assertThat(number(before, "expected")).isEqualByComparingTo("918.00");
        assertThat(number(before, "collected")).isEqualByComparingTo("0");
        assertThat(number(before, "outstanding")).isEqualByComparingTo("918.00");
        assertThat(before.getJsonNumber("membersInArrears").longValue()).isEqualTo(2);

        List<YearMonth> months = List.of(monthsAgo(2), monthsAgo(1));
        Api.Reply paid = pay(payer, TODAY.toString(), months, "153.00", ADMIN, ADMIN_PASSWORD);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(paid.raw().headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/api/members/" + payer + "/dues/payments/" + paid.id()));
        assertThat(paid.object().getJsonArray("months").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList())
                .containsExactly(months.get(0).toString(), months.get(1).toString());
        assertThat(api.get("/api/members/" + payer + "/dues/payments/" + paid.id(), ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(200);

        JsonObject after = report(branch, YEAR);
        long paidThisYear = months.stream().filter(m -> m.getYear() == YEAR).count();
        BigDecimal collected = new BigDecimal("76.50").multiply(BigDecimal.valueOf(paidThisYear));
        assertThat(number(after, "collected")).isEqualByComparingTo(collected);
        assertThat(number(after, "outstanding")).isEqualByComparingTo(new BigDecimal("918.00").subtract(collected));
        assertThat(after.getJsonNumber("membersInArrears").longValue()).isEqualTo(1);
        assertThat(inArrears(branch)).containsExactly(late);
        JsonObject row = api.get("/api/dues/arrears?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).array()
                .getJsonObject(0);
        assertThat(row.getString("level")).isEqualTo("ALERT");
        assertThat(row.getInt("monthsUnpaid")).isGreaterThanOrEqualTo(6);
        assertThat(number(report(zone, YEAR), "expected")).as("the report covers what is below")
                .isEqualByComparingTo("918.00");

        Api.Reply statement = api.get("/api/reports/dues/statement?organizationId=" + branch + "&year=" + YEAR,
                ADMIN, ADMIN_PASSWORD);
        assertThat(statement.status()).as(statement.toString()).isEqualTo(200);
        List<JsonObject> lines = statement.object().getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).as("only the member with a fixed year owes months").singleElement().satisfies(line -> {
            assertThat(line.getJsonNumber("memberId").longValue()).isEqualTo(payer);
            assertThat(line.getInt("monthsOwed")).isEqualTo(12);
            assertThat(line.getInt("monthsPaid")).isEqualTo((int) paidThisYear);
            assertThat(number(line, "collected")).isEqualByComparingTo(collected);
        });
        var workbook = api.getBytes("/api/reports/dues/statement.xlsx?organizationId=" + branch + "&year=" + YEAR,
                ADMIN, ADMIN_PASSWORD);
        assertThat(workbook.statusCode()).isEqualTo(200);
        assertThat(workbook.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(workbook.body()).as("a zip (xlsx) file").startsWith(new byte[] {'P', 'K'});
        try (var book = PrintChecks.open(workbook.body())) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(5).getNumericCellValue()).as("collected in total")
                    .isEqualTo(collected.doubleValue());
            PrintChecks.assertPrintReady(sheet, 7, 3, 3, true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("D6 D7 bad payments and years are 400 with the field, and write nothing")
    void badInputWritesNothing() {
        long zone = organization("党费工委", "WORKING_COMMITTEE", null);
        long branch = organization("党费支部", "BRANCH", zone);
        long member = member("补交党员", branch, "2015-07-01");
        confirmYear(member, YEAR, "4900");
        confirmYear(member, YEAR - 1, "4900");
        String today = TODAY.toString();
        Api.Reply tooFar = pay(member, today, List.of(monthsAgo(7)), "49.00", ADMIN, ADMIN_PASSWORD);
        assertThat(tooFar.status()).as(tooFar.toString()).isEqualTo(400);
        assertThat(tooFar.errorFields()).containsExactly("months");
        Api.Reply future = pay(member, today, List.of(monthsAgo(0).plusMonths(1)), "49.00", ADMIN, ADMIN_PASSWORD);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("months");
        Api.Reply mismatch = pay(member, today, List.of(monthsAgo(2), monthsAgo(1)), "49.00", ADMIN, ADMIN_PASSWORD);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.errorFields()).containsExactly("amount");
        Api.Reply badMonth = pay(member, today, List.of(), "49.00", ADMIN, ADMIN_PASSWORD);
        assertThat(badMonth.status()).isEqualTo(400);
        assertThat(badMonth.errorFields()).containsExactly("months");
        Api.Reply notAMonth = api.post("/api/members/" + member + "/dues/payments", payment(today,
                List.of("2026-13"), "49.00", "CASH"), ADMIN, ADMIN_PASSWORD);
        assertThat(notAMonth.status()).isEqualTo(400);
        assertThat(notAMonth.errorFields()).containsExactly("months");
        Api.Reply method = api.post("/api/members/" + member + "/dues/payments", payment(today,
                List.of(monthsAgo(1)), "49.00", "CHEQUE"), ADMIN, ADMIN_PASSWORD);
        assertThat(method.status()).isEqualTo(400);
        assertThat(method.errorFields()).containsExactly("method");
        assertThat(api.get("/api/members/" + member + "/dues/payments", ADMIN, ADMIN_PASSWORD).array())
                .as("nothing written").isEmpty();

        Api.Reply once = pay(member, today, List.of(monthsAgo(1)), "49.00", ADMIN, ADMIN_PASSWORD);
        assertThat(once.status()).as(once.toString()).isEqualTo(201);
        Api.Reply twice = pay(member, today, List.of(monthsAgo(2), monthsAgo(1)), "98.00", ADMIN, ADMIN_PASSWORD);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.errorFields()).containsExactly("months");
        assertThat(api.get("/api/members/" + member + "/dues/payments", ADMIN, ADMIN_PASSWORD).array()).hasSize(1);

        long other = member("新登记党员", branch, "2015-07-01");
        Api.Reply negative = putYear(other, YEAR, year("IN_SERVICE", -1), ADMIN,
                ADMIN_PASSWORD);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.errorFields()).containsExactly("income");
        Api.Reply category = putYear(other, YEAR, year("PENSIONER", 5000), ADMIN,
                ADMIN_PASSWORD);
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.errorFields()).containsExactly("category");
        Api.Reply words = putYear(other, YEAR, year("IN_SERVICE", "abc"), ADMIN,
                ADMIN_PASSWORD);
        assertThat(words.status()).as(words.toString()).isEqualTo(400);
        Api.Reply noReason = putYear(other, YEAR, year("IN_SERVICE", 5100, "monthly", 50),
                ADMIN, ADMIN_PASSWORD);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Api.Reply badYear = putYear(other, 1990, year("IN_SERVICE", 5100), ADMIN,
                ADMIN_PASSWORD);
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.errorFields()).containsExactly("year");
        assertThat(api.get("/api/members/" + other + "/dues", ADMIN, ADMIN_PASSWORD).array()).as("nothing written")
                .isEmpty();
        Api.Reply noYear = api.get("/api/reports/dues?organizationId=" + branch, ADMIN, ADMIN_PASSWORD);
        assertThat(noYear.status()).isEqualTo(400);
        assertThat(noYear.errorFields()).containsExactly("year");
    }

    @Test
    @DisplayName("D5 D10 scope: a secretary writes only in their subtree; a reduction needs committee staff")
    void scopeAndReductions() {
        long zone = organization("党费工委", "WORKING_COMMITTEE", null);
        long mine = organization("本支部", "BRANCH", zone);
        long theirs = organization("他支部", "BRANCH", zone);
        long own = member("本支部党员", mine, "2015-07-01");
        long foreign = member("他支部党员", theirs, "2015-07-01");
        fixtures.secretary("dues-sec-" + tag, "Secret2026x", mine);
        fixtures.staff("dues-staff-" + tag, "Staff2026x");
        String sec = "dues-sec-" + tag;
        JsonObject body = year("IN_SERVICE", 5100);
        assertThat(putYear(foreign, YEAR, body, sec, "Secret2026x").status()).isEqualTo(403);
        assertThat(pay(foreign, TODAY.toString(), List.of(monthsAgo(1)), "76.50", sec, "Secret2026x").status())
                .isEqualTo(403);
        assertThat(api.get("/api/reports/dues?organizationId=" + theirs + "&year=" + YEAR, sec, "Secret2026x")
                .status()).isEqualTo(403);
        assertThat(api.get("/api/organizations/" + theirs + "/dues/" + YEAR, sec, "Secret2026x").status())
                .isEqualTo(403);
        assertThat(api.post("/api/organizations/" + theirs + "/dues/" + YEAR + "/confirm", json(), sec, "Secret2026x")
                .status()).isEqualTo(403);
        assertThat(api.get("/api/dues/arrears?organizationId=" + theirs, sec, "Secret2026x").status())
                .isEqualTo(403);
        assertThat(api.get("/api/members/" + foreign + "/dues", ADMIN, ADMIN_PASSWORD).array()).isEmpty();

        JsonObject reduction = year("IN_SERVICE", 5100, "monthly", 50, "reason", "生活困难");
        Api.Reply bySecretary = putYear(own, YEAR, reduction, sec, "Secret2026x");
        assertThat(bySecretary.status()).as(bySecretary.toString()).isEqualTo(400);
        assertThat(bySecretary.errorFields()).containsExactly("approval");
        Api.Reply byStaff = putYear(own, YEAR, reduction, "dues-staff-" + tag, "Staff2026x");
        assertThat(byStaff.status()).as(byStaff.toString()).isEqualTo(200);
        assertThat(number(byStaff.object(), "monthly")).isEqualTo(new BigDecimal("50.00"));
        assertThat(byStaff.object().getString("approvedBy")).isEqualTo("dues-staff-" + tag);

        Api.Reply noReason = putYear(own, YEAR, year("IN_SERVICE", 5100, "monthly", 80),
                sec, "Secret2026x");
        assertThat(noReason.status()).as("a change during the year needs a reason").isEqualTo(400);
        assertThat(noReason.errorFields()).containsExactly("reason");
        Api.Reply more = putYear(own, YEAR, year("IN_SERVICE", 5100, "monthly", 80, "reason", "自愿多交",
                "from", YEAR + "-12"), sec, "Secret2026x");
        assertThat(more.status()).as(more.toString()).isEqualTo(200);
        JsonObject change = more.object().getJsonArray("changes").getJsonObject(0);
        assertThat(change.getString("from")).isEqualTo(YEAR + "-12");
        assertThat(number(change, "monthly")).isEqualTo(new BigDecimal("80.00"));
        assertThat(number(report(mine, YEAR), "expected")).as("11 months at 50, December at 80")
                .isEqualByComparingTo("630.00");
    }

    @Test
    @DisplayName("D4 the January sheet: members listed, amounts proposed from category and income, all confirmed")
    void januarySheet() {
        long zone = organization("党费工委", "WORKING_COMMITTEE", null);
        long branch = organization("党费支部", "BRANCH", zone);
        long worker = member("在职党员", branch, "2015-07-01");
        long student = member("学生党员", branch, "2015-07-01");
        int next = YEAR + 1;
        String path = "/api/organizations/" + branch + "/dues/" + next;
        Api.Reply empty = api.get(path, ADMIN, ADMIN_PASSWORD);
        assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
        assertThat(empty.array()).hasSize(2).allSatisfy(v -> assertThat(((JsonObject) v).getString("state"))
                .isEqualTo("MISSING"));
        Api.Reply bad = api.post(path, json("entries", List.of(
                with(year("IN_SERVICE", 5100), "memberId", worker),
                with(year("STUDENT", -3), "memberId", student))), ADMIN, ADMIN_PASSWORD);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorFields()).containsExactly("entries[1].income");
        assertThat(api.get(path, ADMIN, ADMIN_PASSWORD).array()).as("all or nothing").allSatisfy(
                v -> assertThat(((JsonObject) v).getString("state")).isEqualTo("MISSING"));
        Api.Reply proposed = api.post(path, json("entries", List.of(
                with(year("IN_SERVICE", 5100), "memberId", worker),
                with(year("STUDENT", 0), "memberId", student))), ADMIN, ADMIN_PASSWORD);
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);
        assertThat(proposed.array()).allSatisfy(v -> assertThat(((JsonObject) v).getString("state"))
                .isEqualTo("PROPOSED"));
        Api.Reply confirmed = api.post(path + "/confirm", json(), ADMIN, ADMIN_PASSWORD);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.object().getInt("confirmed")).isEqualTo(2);
        List<JsonObject> rows = confirmed.object().getJsonArray("rows").getValuesAs(JsonObject.class);
        assertThat(rows).allSatisfy(r -> assertThat(r.getString("state")).isEqualTo("CONFIRMED"));
        JsonObject workerRow = rows.stream().filter(r -> r.getJsonNumber("memberId").longValue() == worker)
                .findFirst().orElseThrow();
        assertThat(number(workerRow, "monthly")).isEqualTo(new BigDecimal("76.50"));
        assertThat(api.post(path + "/confirm", json(), ADMIN, ADMIN_PASSWORD).object().getInt("confirmed"))
                .as("confirmed once").isZero();
        assertThat(number(report(branch, next), "expected")).as("12 x 76.50 + 12 x 0.20")
                .isEqualByComparingTo("920.40");
    }

    @Test
    @DisplayName("D11: a member recorded with only a full-membership date is on the sheet, assessed, paid, counted and "
            + "listed in arrears")
    void memberWithOnlyAFullMembershipDate() {
        long zone = organization("老党员工委", "WORKING_COMMITTEE", null);
        long branch = organization("老党员支部", "BRANCH", zone);
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current()
                .nextInt(0, 365 * 20));
        long old = fixtures.member("只有转正日期", branch).born(birth, true).fullOn(LocalDate.of(1990, 7, 1)).create();
        assertThat(inArrears(branch)).as("owes from the full-membership date").containsExactly(old);
        Api.Reply sheet = api.get("/api/organizations/" + branch + "/dues/" + YEAR, ADMIN, ADMIN_PASSWORD);
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
        assertThat(sheet.array().stream().map(v -> ((JsonObject) v).getJsonNumber("memberId").longValue()))
                .containsExactly(old);
        Api.Reply year = putYear(old, YEAR, year("IN_SERVICE", 5100), ADMIN, ADMIN_PASSWORD);
        assertThat(year.status()).as(year.toString()).isEqualTo(200);
        assertThat(number(report(branch, YEAR), "expected")).isEqualByComparingTo("918.00");
        Api.Reply paid = pay(old, TODAY.toString(), List.of(YearMonth.from(TODAY)), "76.50", ADMIN, ADMIN_PASSWORD);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(201);
        assertThat(number(report(branch, YEAR), "collected")).isEqualByComparingTo("76.50");
    }

    @Test
    @DisplayName("D13: each month counts where the member was; none after death; no year fixed after removal or death")
    void monthsCountWhereTheMemberWas() {
        int last = YEAR - 1;
        long zone = organization("月份工委", "WORKING_COMMITTEE", null);
        long sender = organization("转出支部", "BRANCH", zone);
        long receiver = organization("转入支部", "BRANCH", zone);
        long mourning = organization("已故党员支部", "BRANCH", zone);
        long moved = member("年中转入", sender, "2015-07-01");
        long sent = created(api.post("/api/members/" + moved + "/transfers",
                json("toOrganizationId", receiver, "on", last + "-07-01"), ADMIN, ADMIN_PASSWORD));
        Api.Reply received = api.post("/api/transfers/" + sent + "/receive", json("on", last + "-07-15"), ADMIN,
                ADMIN_PASSWORD);
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        confirmYear(moved, last, "5100");
        assertThat(number(report(sender, last), "expected")).as("January to July, in the sender on the 1st")
                .isEqualByComparingTo("535.50");
        assertThat(number(report(receiver, last), "expected")).as("August to December")
                .isEqualByComparingTo("382.50");
        assertThat(number(report(zone, last), "expected")).as("the zone counts the year once")
                .isEqualByComparingTo("918.00");
        List<JsonObject> lines = api.get("/api/reports/dues/statement?organizationId=" + sender + "&year=" + last,
                ADMIN, ADMIN_PASSWORD).object().getJsonArray("lines").getValuesAs(JsonObject.class);
        assertThat(lines).singleElement().satisfies(line -> assertThat(line.getInt("monthsOwed")).isEqualTo(7));

        long died = member("年内去世", mourning, "2015-07-01");
        confirmYear(died, last, "5100");
        assertThat(api.post("/api/members/" + died + "/death", json("on", last + "-03-10"), ADMIN, ADMIN_PASSWORD)
                .status()).isEqualTo(200);
        assertThat(number(report(mourning, last), "expected")).as("January to March").isEqualByComparingTo("229.50");
        Api.Reply afterDeath = putYear(died, YEAR, year("IN_SERVICE", 5100), ADMIN, ADMIN_PASSWORD);
        assertThat(afterDeath.status()).isEqualTo(400);
        assertThat(afterDeath.errorFields()).containsExactly("memberId");

        long removed = member("已出党", mourning, "2015-07-01");
        assertThat(api.post("/api/members/" + removed + "/remove", json("on", last + "-05-20", "reason", "除名"),
                ADMIN, ADMIN_PASSWORD).status()).isEqualTo(200);
        Api.Reply afterRemoval = putYear(removed, last, year("IN_SERVICE", 5100), ADMIN, ADMIN_PASSWORD);
        assertThat(afterRemoval.status()).isEqualTo(400);
        assertThat(afterRemoval.errorFields()).containsExactly("memberId");
        assertThat(api.get("/api/members/" + removed + "/dues", ADMIN, ADMIN_PASSWORD).array())
                .as("nothing written").isEmpty();
    }

    private static long created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }
}
