package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.Api.ADMIN;
import static org.partyregistry.it.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.Api.q;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
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

/**
 * The brands and alliances REST contract on a real Payara Micro and database (H2, and PostgreSQL in CI). Every test
 * founds its own organizations, park and enterprises.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrandApiIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.product();
    }

    @ArquillianResource
    URL url;

    Api api;
    String tag;
    long zone;
    long committee;
    long branch;
    long outsider;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        tag = UUID.randomUUID().toString().substring(0, 8);
        zone = organization("品牌工委", "WORKING_COMMITTEE", null);
        committee = organization("品牌园区党委", "COMMITTEE", zone);
        branch = organization("品牌支部", "BRANCH", committee);
        outsider = organization("联盟外支部", "BRANCH", zone);
    }

    private long organization(String name, String type, Long parentId) {
        Api.Reply reply = api.post("/api/organizations", "{\"name\":" + q(name + " " + tag) + ",\"type\":\"" + type
                + "\",\"parentId\":" + parentId + ",\"establishedOn\":\"2010-01-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private long member(String name, long organizationId) {
        Api.Reply reply = api.post("/api/members", "{\"name\":" + q(name + " " + tag) + ",\"idNumber\":"
                + q(Workbooks.idNumber(LocalDate.of(1980, 1, 1), true)) + ",\"organizationId\":" + organizationId
                + ",\"probationaryOn\":\"2015-07-01\",\"fullOn\":\"2016-07-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private long enterprise(long park, String name) {
        Api.Reply reply = api.post("/api/enterprises", "{\"name\":" + q(name + " " + tag) + ",\"creditCode\":"
                + q(EnterpriseApiIT.creditCode()) + ",\"parkId\":" + park + ",\"industry\":\"互联网信息服务\","
                + "\"employees\":20,\"foundedOn\":\"2012-01-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private long park() {
        Api.Reply reply = api.post("/api/parks", "{\"name\":" + q("品牌园区 " + tag) + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    private Api.Reply brand(String name, long organizationId, String user, String password) {
        return api.post("/api/brands", "{\"name\":" + q(name) + ",\"slogan\":\"推动党建集成创新\",\"organizationId\":"
                + organizationId + ",\"foundedOn\":\"2018-07-01\"}", user, password);
    }

    private Api.Reply activity(long organizationId, List<Long> present, Object brandId) {
        return api.post("/api/activities", "{\"organizationId\":" + organizationId + ",\"type\":\"THEMED_PARTY_DAY\","
                + "\"title\":\"品牌主题党日\",\"heldOn\":\"" + TODAY + "\",\"presentMemberIds\":" + present
                + ",\"brandId\":" + brandId + "}", ADMIN, ADMIN_PASSWORD);
    }

    private void user(String username, String password, String role, Long organizationId) {
        Api.Reply reply = api.post("/api/users", "{\"username\":" + q(username) + ",\"password\":" + q(password)
                + ",\"role\":\"" + role + "\",\"organizationId\":" + organizationId + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private long brandsOf(long organizationId) {
        return api.get("/api/brands?organizationId=" + organizationId, ADMIN, ADMIN_PASSWORD).array().size();
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

    private HttpResponse<String> putLogo(long brandId, byte[] body, String contentType, String user,
                                         String password) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.base() + "/api/brands/" + brandId + "/logo"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    @DisplayName("B1, B5, B6: POST /api/brands -> 201 + Location; GET lists it; activityCount grows with its activities")
    void brandContract() {
        Api.Reply created = brand("e企创 " + tag, committee, ADMIN, ADMIN_PASSWORD);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.id();
        assertThat(created.raw().headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/brands/" + id));
        JsonObject body = created.object();
        assertThat(body.getString("name")).isEqualTo("e企创 " + tag);
        assertThat(body.getString("slogan")).isEqualTo("推动党建集成创新");
        assertThat(body.getJsonNumber("organizationId").longValue()).isEqualTo(committee);
        assertThat(body.getString("foundedOn")).isEqualTo("2018-07-01");
        assertThat(body.getInt("activityCount")).isZero();
        assertThat(api.get("/api/brands", ADMIN, ADMIN_PASSWORD).array().stream().map(JsonObject.class::cast)
                .filter(b -> b.getJsonNumber("id").longValue() == id).findFirst().orElseThrow()
                .getString("organizationName")).isEqualTo("品牌园区党委 " + tag);

        long a = member("示例党员甲", branch);
        long b = member("示例党员乙", branch);
        Api.Reply held = activity(branch, List.of(a, b), id);
        assertThat(held.status()).as(held.toString()).isEqualTo(201);
        assertThat(held.object().getJsonNumber("brandId").longValue()).isEqualTo(id);
        assertThat(activity(branch, List.of(a), id).status()).isEqualTo(201);
        assertThat(activity(branch, List.of(a, b), "null").status()).isEqualTo(201);

        JsonObject read = api.get("/api/brands/" + id, ADMIN, ADMIN_PASSWORD).object();
        assertThat(read.getInt("activityCount")).isEqualTo(2);

        JsonObject report = api.get("/api/brands/" + id + "/report?from=" + TODAY.withDayOfMonth(1) + "&to=" + TODAY,
                ADMIN, ADMIN_PASSWORD).object();
        assertThat(report.getInt("activities")).isEqualTo(2);
        assertThat(report.getInt("present")).isEqualTo(3);
        assertThat(report.getInt("membersPresent")).isEqualTo(2);
        assertThat(report.getJsonArray("months")).hasSize(1);
        assertThat(report.getJsonArray("months").getJsonObject(0).getString("month"))
                .isEqualTo(TODAY.toString().substring(0, 7));
        assertThat(report.getJsonArray("organizations")).singleElement()
                .satisfies(o -> assertThat(((JsonObject) o).getInt("present")).isEqualTo(3));
        Api.Reply reversed = api.get("/api/brands/" + id + "/report?from=" + TODAY + "&to=" + TODAY.minusDays(1),
                ADMIN, ADMIN_PASSWORD);
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(fields(reversed)).containsExactly("to");
    }

    @Test
    @DisplayName("B2: a duplicate brand name in one organization is 409 with a clear message, nothing written")
    void duplicateName() {
        assertThat(brand("创意党建 " + tag, committee, ADMIN, ADMIN_PASSWORD).status()).isEqualTo(201);
        Api.Reply duplicate = brand("  创意党建 " + tag + " ", committee, ADMIN, ADMIN_PASSWORD);
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(fields(duplicate)).containsExactly("name");
        assertThat(message(duplicate)).contains("创意党建 " + tag).contains("品牌园区党委 " + tag);
        Api.Reply english = api.post("/api/brands", "{\"name\":" + q("创意党建 " + tag) + ",\"organizationId\":"
                + committee + ",\"foundedOn\":\"2019-05-20\"}", ADMIN, ADMIN_PASSWORD, "en");
        assertThat(english.status()).isEqualTo(409);
        assertThat(message(english)).contains("already has a party-building brand");
        assertThat(brandsOf(committee)).isEqualTo(1);
        assertThat(brand("创意党建 " + tag, branch, ADMIN, ADMIN_PASSWORD).status())
                .as("another organization may use the name").isEqualTo(201);
    }

    @Test
    @DisplayName("B1, B2: PUT changes a brand with its version; a stale version or another brand's name is 409")
    void update() {
        long first = brand("品牌一 " + tag, committee, ADMIN, ADMIN_PASSWORD).id();
        JsonObject second = brand("品牌二 " + tag, committee, ADMIN, ADMIN_PASSWORD).object();
        long id = second.getJsonNumber("id").longValue();
        long version = second.getJsonNumber("version").longValue();
        Api.Reply clash = api.put("/api/brands/" + id, "{\"name\":" + q("品牌一 " + tag)
                + ",\"foundedOn\":\"2018-07-01\",\"version\":" + version + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(fields(clash)).containsExactly("name");
        Api.Reply changed = api.put("/api/brands/" + id, "{\"name\":" + q("品牌三 " + tag) + ",\"slogan\":\"新口号\","
                + "\"foundedOn\":\"2018-07-02\",\"version\":" + version + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.object().getString("name")).isEqualTo("品牌三 " + tag);
        assertThat(changed.object().getString("slogan")).isEqualTo("新口号");
        Api.Reply stale = api.put("/api/brands/" + id, "{\"name\":" + q("品牌四 " + tag)
                + ",\"foundedOn\":\"2018-07-02\",\"version\":" + version + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(api.get("/api/brands/" + id, ADMIN, ADMIN_PASSWORD).object().getString("name"))
                .isEqualTo("品牌三 " + tag);
        assertThat(api.get("/api/brands/" + first, ADMIN, ADMIN_PASSWORD).object().getString("name"))
                .isEqualTo("品牌一 " + tag);
    }

    @Test
    @DisplayName("B1, B5: bad input is 400 (or 404 for an unknown id) with the field at fault, and writes nothing")
    void badInput() {
        Api.Reply noName = api.post("/api/brands", "{\"organizationId\":" + committee + ",\"foundedOn\":\"2018-07-01\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(fields(noName)).containsExactly("name");
        Api.Reply noOrganization = api.post("/api/brands", "{\"name\":\"品牌\",\"foundedOn\":\"2018-07-01\"}",
                ADMIN, ADMIN_PASSWORD);
        assertThat(noOrganization.status()).isEqualTo(400);
        assertThat(fields(noOrganization)).containsExactly("organizationId");
        Api.Reply future = api.post("/api/brands", "{\"name\":\"品牌\",\"organizationId\":" + committee
                + ",\"foundedOn\":\"" + TODAY.plusDays(1) + "\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(future.status()).isEqualTo(400);
        assertThat(fields(future)).containsExactly("foundedOn");
        Api.Reply tooLong = api.post("/api/brands", "{\"name\":" + q("名".repeat(51)) + ",\"organizationId\":"
                + committee + ",\"foundedOn\":\"2018-07-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(api.post("/api/brands", "{\"name\":\"品牌\",\"organizationId\":987654321,"
                + "\"foundedOn\":\"2018-07-01\"}", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(404);
        assertThat(brandsOf(committee)).isZero();
        assertThat(api.get("/api/brands/987654321", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(404);

        long a = member("示例党员丙", branch);
        Api.Reply unknownBrand = activity(branch, List.of(a), 987654321L);
        assertThat(unknownBrand.status()).as(unknownBrand.toString()).isEqualTo(400);
        assertThat(fields(unknownBrand)).containsExactly("brandId");
        assertThat(message(unknownBrand)).contains("987654321");
        assertThat(api.get("/api/activities?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).array()).isEmpty();
    }

    @Test
    @DisplayName("B4: every role reads brands and alliances; a secretary writes only their own organization's brands")
    void scope() {
        user("brand-sec-" + tag, "Brand2026pwx", "BRANCH_SECRETARY", branch);
        String sec = "brand-sec-" + tag;
        assertThat(brand("支部品牌 " + tag, branch, sec, "Brand2026pwx").status()).isEqualTo(201);
        Api.Reply foreign = brand("越权品牌 " + tag, outsider, sec, "Brand2026pwx");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(brandsOf(outsider)).isZero();
        assertThat(api.get("/api/brands", sec, "Brand2026pwx").status()).isEqualTo(200);
        assertThat(api.get("/api/alliances", sec, "Brand2026pwx").status()).isEqualTo(200);
        assertThat(api.post("/api/alliances", "{\"name\":" + q("越权联盟 " + tag) + ",\"leadOrganizationId\":"
                + branch + "}", sec, "Brand2026pwx").status()).isEqualTo(403);
        assertThat(api.get("/api/brands", null, null).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("B3: the logo is checked by content and size, stored, and served back with its type")
    void logo() throws IOException, InterruptedException {
        long id = brand("标识品牌 " + tag, committee, ADMIN, ADMIN_PASSWORD).id();
        assertThat(api.getBytes("/api/brands/" + id + "/logo", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        byte[] png = png();
        HttpResponse<String> text = putLogo(id, "not an image".getBytes(StandardCharsets.UTF_8), "image/png",
                ADMIN, ADMIN_PASSWORD);
        assertThat(text.statusCode()).as(text.body()).isEqualTo(400);
        assertThat(text.body()).contains("\"logo\"");
        assertThat(putLogo(id, png, "image/jpeg", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(400);
        HttpResponse<String> large = putLogo(id, Arrays.copyOf(png, 1024 * 1024 + 1), "image/png", ADMIN,
                ADMIN_PASSWORD);
        assertThat(large.statusCode()).as(large.body()).isEqualTo(400);
        assertThat(api.get("/api/brands/" + id, ADMIN, ADMIN_PASSWORD).object().getBoolean("hasLogo")).isFalse();

        HttpResponse<String> stored = putLogo(id, png, "application/octet-stream", ADMIN, ADMIN_PASSWORD);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(stored.body()).contains("\"hasLogo\":true").contains("image/png");
        HttpResponse<byte[]> back = api.getBytes("/api/brands/" + id + "/logo", ADMIN, ADMIN_PASSWORD);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/png"));
        assertThat(ImageIO.read(new ByteArrayInputStream(back.body())).getWidth()).isEqualTo(40);
    }

    @Test
    @DisplayName("B6: the record exports as a workbook with title, period, units and totals")
    void workbook() throws IOException {
        long id = brand("导出品牌 " + tag, committee, ADMIN, ADMIN_PASSWORD).id();
        long a = member("示例党员丁", branch);
        assertThat(activity(branch, List.of(a), id).status()).isEqualTo(201);
        HttpResponse<byte[]> file = api.getBytes("/api/brands/" + id + "/report.xlsx?from="
                + TODAY.minusMonths(2).withDayOfMonth(1) + "&to=" + TODAY, ADMIN, ADMIN_PASSWORD);
        assertThat(file.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet months = workbook.getSheetAt(0);
            assertThat(months.getRow(0).getCell(0).getStringCellValue()).contains("导出品牌 " + tag);
            assertThat(months.getRow(1).getCell(0).getStringCellValue())
                    .contains(TODAY.minusMonths(2).withDayOfMonth(1).toString()).contains(TODAY.toString())
                    .contains("单位");
            assertThat(months.getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo(TODAY.minusMonths(2).toString().substring(0, 7));
            Row total = months.getRow(7);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(workbook.getSheetAt(1).getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("品牌支部 " + tag);
        }
    }

    @Test
    @DisplayName("B7-B10: alliances, members joining and leaving, overlaps 409, leaving before joining 400")
    void alliances() {
        Api.Reply created = api.post("/api/alliances", "{\"name\":" + q("互联网企业党建联盟 " + tag)
                + ",\"leadOrganizationId\":" + committee + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long alliance = created.id();
        assertThat(created.raw().headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/alliances/" + alliance));
        assertThat(created.object().getJsonNumber("leadOrganizationId").longValue()).isEqualTo(committee);
        Api.Reply duplicate = api.post("/api/alliances", "{\"name\":" + q("互联网企业党建联盟 " + tag)
                + ",\"leadOrganizationId\":" + committee + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(api.post("/api/alliances", "{\"name\":" + q("无牵头联盟 " + tag) + "}", ADMIN, ADMIN_PASSWORD)
                .status()).isEqualTo(400);
        assertThat(api.get("/api/alliances", ADMIN, ADMIN_PASSWORD).array().stream().map(JsonObject.class::cast)
                .filter(x -> x.getString("name").endsWith(tag)).count()).isEqualTo(1);

        long park = park();
        long yunfan = enterprise(park, "示例云帆");
        String members = "/api/alliances/" + alliance + "/members";
        Api.Reply joined = api.post(members, "{\"enterpriseId\":" + yunfan + ",\"joinedOn\":\"2020-06-28\"}", ADMIN,
                ADMIN_PASSWORD);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        long period = joined.id();
        assertThat(joined.object().getString("kind")).isEqualTo("ENTERPRISE");
        Api.Reply twice = api.post(members, "{\"enterpriseId\":" + yunfan + ",\"joinedOn\":\"2022-01-01\"}", ADMIN,
                ADMIN_PASSWORD);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(message(twice)).contains("示例云帆 " + tag).contains("2020-06-28");
        assertThat(api.get(members, ADMIN, ADMIN_PASSWORD).array()).hasSize(1);

        Api.Reply early = api.post(members + "/" + period + "/leave", "{\"leftOn\":\"2020-06-27\"}", ADMIN,
                ADMIN_PASSWORD);
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(fields(early)).containsExactly("leftOn");
        Api.Reply left = api.post(members + "/" + period + "/leave", "{\"leftOn\":\"2023-06-15\"}", ADMIN,
                ADMIN_PASSWORD);
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.object().getString("leftOn")).isEqualTo("2023-06-15");
        assertThat(api.post(members, "{\"enterpriseId\":" + yunfan + ",\"joinedOn\":\"2023-06-15\"}", ADMIN,
                ADMIN_PASSWORD).status()).as("joining again on the leaving day overlaps").isEqualTo(409);
        assertThat(api.post(members, "{\"enterpriseId\":" + yunfan + ",\"joinedOn\":\"2023-06-16\"}", ADMIN,
                ADMIN_PASSWORD).status()).as("the day after is a new period").isEqualTo(201);
        assertThat(api.post(members, "{\"organizationId\":" + branch + ",\"joinedOn\":\"2021-01-01\"}", ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(201);

        Api.Reply both = api.post(members, "{\"enterpriseId\":" + yunfan + ",\"organizationId\":" + branch
                + ",\"joinedOn\":\"2024-01-01\"}", ADMIN, ADMIN_PASSWORD);
        assertThat(both.status()).isEqualTo(400);
        assertThat(api.post(members, "{\"joinedOn\":\"2024-01-01\"}", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        assertThat(api.post(members, "{\"enterpriseId\":987654321,\"joinedOn\":\"2024-01-01\"}", ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(404);
        assertThat(api.post(members, "{\"organizationId\":" + outsider + ",\"joinedOn\":\"" + TODAY.plusDays(1)
                + "\"}", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);

        assertThat(api.get(members, ADMIN, ADMIN_PASSWORD).array()).hasSize(3);
        assertThat(api.get(members + "?on=2022-01-01", ADMIN, ADMIN_PASSWORD).array().stream()
                .map(JsonObject.class::cast).map(m -> m.getString("kind")).toList())
                .containsExactlyInAnyOrder("ENTERPRISE", "ORGANIZATION");
        assertThat(api.get(members + "?on=2023-06-16", ADMIN, ADMIN_PASSWORD).array()).hasSize(2);
        assertThat(api.get(members + "?on=2020-12-31", ADMIN, ADMIN_PASSWORD).array()).hasSize(1);
        assertThat(api.get("/api/alliances/" + alliance + "?asOf=2023-06-16", ADMIN, ADMIN_PASSWORD).object()
                .getInt("currentMembers")).isEqualTo(2);
    }

    @Test
    @DisplayName("B11: an activity of a member organization becomes a joint activity once; an outsider's is refused")
    void jointActivities() {
        long alliance = api.post("/api/alliances", "{\"name\":" + q("联合活动联盟 " + tag) + ",\"leadOrganizationId\":"
                + committee + "}", ADMIN, ADMIN_PASSWORD).id();
        long memberBranch = organization("成员支部", "BRANCH", zone);
        assertThat(api.post("/api/alliances/" + alliance + "/members", "{\"organizationId\":" + memberBranch
                + ",\"joinedOn\":\"2020-01-01\"}", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(201);
        long inside = activity(memberBranch, List.of(), "null").id();
        long lead = activity(branch, List.of(), "null").id();
        long outside = activity(outsider, List.of(), "null").id();
        String joint = "/api/alliances/" + alliance + "/activities";

        Api.Reply linked = api.post(joint, "{\"activityId\":" + inside + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.object().getString("organizationName")).isEqualTo("成员支部 " + tag);
        assertThat(api.post(joint, "{\"activityId\":" + inside + "}", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(409);
        assertThat(api.post(joint, "{\"activityId\":" + lead + "}", ADMIN, ADMIN_PASSWORD).status())
                .as("below the lead organization").isEqualTo(201);
        Api.Reply refused = api.post(joint, "{\"activityId\":" + outside + "}", ADMIN, ADMIN_PASSWORD);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("activityId");
        assertThat(api.post(joint, "{\"activityId\":987654321}", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(404);
        assertThat(api.get(joint, ADMIN, ADMIN_PASSWORD).array().stream().map(JsonObject.class::cast)
                .map(j -> j.getJsonNumber("activityId").longValue()).toList()).containsExactlyInAnyOrder(inside, lead);
        assertThat(api.get("/api/alliances/" + alliance, ADMIN, ADMIN_PASSWORD).object().getInt("jointActivities"))
                .isEqualTo(2);
    }
}
