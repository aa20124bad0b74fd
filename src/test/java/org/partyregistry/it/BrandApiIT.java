package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
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
import org.partyregistry.it.support.Api;
import org.partyregistry.it.support.Fixtures;
import org.partyregistry.platform.PrintChecks;

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
    Fixtures fixtures;
    String tag;
    long zone;
    long committee;
    long branch;
    long outsider;

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
        zone = organization("品牌工委", "WORKING_COMMITTEE", null);
        committee = organization("品牌园区党委", "COMMITTEE", zone);
        branch = organization("品牌支部", "BRANCH", committee);
        outsider = organization("联盟外支部", "BRANCH", zone);
    }

    private long organization(String name, String type, Long parentId) {
        return fixtures.organization(name, type, parentId, LocalDate.of(2010, 1, 1));
    }

    private long member(String name, long organizationId) {
        return fixtures.fullMember(name, organizationId);
    }

    private long enterprise(long park, String name) {
        return fixtures.enterprise(park, name).industry("互联网信息服务").foundedOn(LocalDate.of(2012, 1, 1)).create();
    }

    private long park() {
        return fixtures.park("品牌园区");
    }

    private Api.Reply brand(String name, long organizationId, String user, String password) {
        return api.post("/api/brands", json("name", name, "slogan", "推动党建集成创新", "organizationId", organizationId,
                "foundedOn", "2018-07-01"), user, password);
    }

    private Api.Reply activity(long organizationId, List<Long> present, Long brandId) {
        return api.post("/api/activities", json("organizationId", organizationId, "type", "THEMED_PARTY_DAY",
                "title", "品牌主题党日", "heldOn", TODAY, "presentMemberIds", present, "brandId", brandId), ADMIN,
                ADMIN_PASSWORD);
    }

    private Api.Reply alliance(String name, Long leadOrganizationId, String user, String password) {
        return api.post("/api/alliances", json("name", name, "leadOrganizationId", leadOrganizationId), user,
                password);
    }

    private long brandsOf(long organizationId) {
        return api.get("/api/brands?organizationId=" + organizationId, ADMIN, ADMIN_PASSWORD).array().size();
    }

    private Api.Reply putLogo(long brandId, byte[] body, String contentType, String user, String password) {
        return api.putBytes("/api/brands/" + brandId + "/logo", body, contentType, user, password);
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
        assertThat(activity(branch, List.of(a, b), null).status()).isEqualTo(201);

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
        assertThat(reversed.errorFields()).containsExactly("to");
    }

    @Test
    @DisplayName("B2: a duplicate brand name in one organization is 409 with a clear message, nothing written")
    void duplicateName() {
        assertThat(brand("创意党建 " + tag, committee, ADMIN, ADMIN_PASSWORD).status()).isEqualTo(201);
        Api.Reply duplicate = brand("  创意党建 " + tag + " ", committee, ADMIN, ADMIN_PASSWORD);
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.errorFields()).containsExactly("name");
        assertThat(duplicate.errorMessage()).contains("创意党建 " + tag).contains("品牌园区党委 " + tag);
        Api.Reply english = api.post("/api/brands", json("name", "创意党建 " + tag, "organizationId", committee,
                "foundedOn", "2019-05-20"), ADMIN, ADMIN_PASSWORD, "en");
        assertThat(english.status()).isEqualTo(409);
        assertThat(english.errorMessage()).contains("already has a party-building brand");
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
        Api.Reply clash = api.put("/api/brands/" + id, json("name", "品牌一 " + tag, "foundedOn", "2018-07-01",
                "version", version), ADMIN, ADMIN_PASSWORD);
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(clash.errorFields()).containsExactly("name");
        Api.Reply changed = api.put("/api/brands/" + id, json("name", "品牌三 " + tag, "slogan", "新口号",
                "foundedOn", "2018-07-02", "version", version), ADMIN, ADMIN_PASSWORD);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.object().getString("name")).isEqualTo("品牌三 " + tag);
        assertThat(changed.object().getString("slogan")).isEqualTo("新口号");
        Api.Reply stale = api.put("/api/brands/" + id, json("name", "品牌四 " + tag, "foundedOn", "2018-07-02",
                "version", version), ADMIN, ADMIN_PASSWORD);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(api.get("/api/brands/" + id, ADMIN, ADMIN_PASSWORD).object().getString("name"))
                .isEqualTo("品牌三 " + tag);
        assertThat(api.get("/api/brands/" + first, ADMIN, ADMIN_PASSWORD).object().getString("name"))
                .isEqualTo("品牌一 " + tag);
    }

    @Test
    @DisplayName("B1, B5: bad input is 400 (or 404 for an unknown id) with the field at fault, and writes nothing")
    void badInput() {
        Api.Reply noName = api.post("/api/brands", json("organizationId", committee, "foundedOn", "2018-07-01"),
                ADMIN, ADMIN_PASSWORD);
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.errorFields()).containsExactly("name");
        Api.Reply noOrganization = api.post("/api/brands", json("name", "品牌", "foundedOn", "2018-07-01"),
                ADMIN, ADMIN_PASSWORD);
        assertThat(noOrganization.status()).isEqualTo(400);
        assertThat(noOrganization.errorFields()).containsExactly("organizationId");
        Api.Reply future = api.post("/api/brands", json("name", "品牌", "organizationId", committee,
                "foundedOn", TODAY.plusDays(1)), ADMIN, ADMIN_PASSWORD);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.errorFields()).containsExactly("foundedOn");
        Api.Reply tooLong = api.post("/api/brands", json("name", "名".repeat(51), "organizationId", committee,
                "foundedOn", "2018-07-01"), ADMIN, ADMIN_PASSWORD);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(api.post("/api/brands", json("name", "品牌", "organizationId", 987654321,
                "foundedOn", "2018-07-01"), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(404);
        assertThat(brandsOf(committee)).isZero();
        assertThat(api.get("/api/brands/987654321", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(404);

        long a = member("示例党员丙", branch);
        Api.Reply unknownBrand = activity(branch, List.of(a), 987654321L);
        assertThat(unknownBrand.status()).as(unknownBrand.toString()).isEqualTo(400);
        assertThat(unknownBrand.errorFields()).containsExactly("brandId");
        assertThat(unknownBrand.errorMessage()).contains("987654321");
        assertThat(api.get("/api/activities?organizationId=" + branch, ADMIN, ADMIN_PASSWORD).array()).isEmpty();
    }

    @Test
    @DisplayName("B4: every role reads brands and alliances; a secretary writes only their own organization's brands")
    void scope() {
        fixtures.secretary("brand-sec-" + tag, "Brand2026pwx", branch);
        String sec = "brand-sec-" + tag;
        assertThat(brand("支部品牌 " + tag, branch, sec, "Brand2026pwx").status()).isEqualTo(201);
        Api.Reply foreign = brand("越权品牌 " + tag, outsider, sec, "Brand2026pwx");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(brandsOf(outsider)).isZero();
        assertThat(api.get("/api/brands", sec, "Brand2026pwx").status()).isEqualTo(200);
        assertThat(api.get("/api/alliances", sec, "Brand2026pwx").status()).isEqualTo(200);
        assertThat(alliance("越权联盟 " + tag, branch, sec, "Brand2026pwx").status()).isEqualTo(403);
        assertThat(api.get("/api/brands", null, null).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("B3: the logo is checked by content and size, stored, and served back with its type")
    void logo() throws IOException {
        long id = brand("标识品牌 " + tag, committee, ADMIN, ADMIN_PASSWORD).id();
        assertThat(api.getBytes("/api/brands/" + id + "/logo", ADMIN, ADMIN_PASSWORD).statusCode()).isEqualTo(404);
        byte[] png = png();
        Api.Reply text = putLogo(id, "not an image".getBytes(StandardCharsets.UTF_8), "image/png",
                ADMIN, ADMIN_PASSWORD);
        assertThat(text.status()).as(text.body()).isEqualTo(400);
        assertThat(text.body()).contains("\"logo\"");
        assertThat(putLogo(id, png, "image/jpeg", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        Api.Reply large = putLogo(id, Arrays.copyOf(png, 1024 * 1024 + 1), "image/png", ADMIN,
                ADMIN_PASSWORD);
        assertThat(large.status()).as(large.body()).isEqualTo(400);
        assertThat(api.get("/api/brands/" + id, ADMIN, ADMIN_PASSWORD).object().getBoolean("hasLogo")).isFalse();

        Api.Reply stored = putLogo(id, png, "application/octet-stream", ADMIN, ADMIN_PASSWORD);
        assertThat(stored.status()).as(stored.body()).isEqualTo(200);
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
            PrintChecks.assertPrintReady(months, 3, 3, 3, false);
            PrintChecks.assertPrintReady(workbook.getSheetAt(1), 3, 3, 3, false);
            PrintChecks.assertPrintReady(workbook.getSheetAt(2), 2, 3, 3, false);
        }
    }

    @Test
    @DisplayName("B7-B10: alliances, members joining and leaving, overlaps 409, leaving before joining 400")
    void alliances() {
        Api.Reply created = alliance("互联网企业党建联盟 " + tag, committee, ADMIN, ADMIN_PASSWORD);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long alliance = created.id();
        assertThat(created.raw().headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/alliances/" + alliance));
        assertThat(created.object().getJsonNumber("leadOrganizationId").longValue()).isEqualTo(committee);
        Api.Reply duplicate = alliance("互联网企业党建联盟 " + tag, committee, ADMIN, ADMIN_PASSWORD);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(api.post("/api/alliances", json("name", "无牵头联盟 " + tag), ADMIN, ADMIN_PASSWORD)
                .status()).isEqualTo(400);
        assertThat(api.get("/api/alliances", ADMIN, ADMIN_PASSWORD).array().stream().map(JsonObject.class::cast)
                .filter(x -> x.getString("name").endsWith(tag)).count()).isEqualTo(1);

        long park = park();
        long yunfan = enterprise(park, "示例云帆");
        String members = "/api/alliances/" + alliance + "/members";
        Api.Reply joined = api.post(members, json("enterpriseId", yunfan, "joinedOn", "2020-06-28"), ADMIN,
                ADMIN_PASSWORD);
        assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
        long period = joined.id();
        assertThat(joined.object().getString("kind")).isEqualTo("ENTERPRISE");
        Api.Reply twice = api.post(members, json("enterpriseId", yunfan, "joinedOn", "2022-01-01"), ADMIN,
                ADMIN_PASSWORD);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.errorMessage()).contains("示例云帆 " + tag).contains("2020-06-28");
        assertThat(api.get(members, ADMIN, ADMIN_PASSWORD).array()).hasSize(1);

        Api.Reply early = api.post(members + "/" + period + "/leave", json("leftOn", "2020-06-27"), ADMIN,
                ADMIN_PASSWORD);
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(early.errorFields()).containsExactly("leftOn");
        Api.Reply left = api.post(members + "/" + period + "/leave", json("leftOn", "2023-06-15"), ADMIN,
                ADMIN_PASSWORD);
        assertThat(left.status()).as(left.toString()).isEqualTo(200);
        assertThat(left.object().getString("leftOn")).isEqualTo("2023-06-15");
        assertThat(api.post(members, json("enterpriseId", yunfan, "joinedOn", "2023-06-15"), ADMIN,
                ADMIN_PASSWORD).status()).as("joining again on the leaving day overlaps").isEqualTo(409);
        assertThat(api.post(members, json("enterpriseId", yunfan, "joinedOn", "2023-06-16"), ADMIN,
                ADMIN_PASSWORD).status()).as("the day after is a new period").isEqualTo(201);
        assertThat(api.post(members, json("organizationId", branch, "joinedOn", "2021-01-01"), ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(201);

        Api.Reply both = api.post(members, json("enterpriseId", yunfan, "organizationId", branch,
                "joinedOn", "2024-01-01"), ADMIN, ADMIN_PASSWORD);
        assertThat(both.status()).isEqualTo(400);
        assertThat(api.post(members, json("joinedOn", "2024-01-01"), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        assertThat(api.post(members, json("enterpriseId", 987654321, "joinedOn", "2024-01-01"), ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(404);
        assertThat(api.post(members, json("organizationId", outsider, "joinedOn", TODAY.plusDays(1)), ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(400);

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
        long alliance = alliance("联合活动联盟 " + tag, committee, ADMIN, ADMIN_PASSWORD).id();
        long memberBranch = organization("成员支部", "BRANCH", zone);
        assertThat(api.post("/api/alliances/" + alliance + "/members", json("organizationId", memberBranch,
                "joinedOn", "2020-01-01"), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(201);
        long inside = activity(memberBranch, List.of(), null).id();
        long lead = activity(branch, List.of(), null).id();
        long outside = activity(outsider, List.of(), null).id();
        String joint = "/api/alliances/" + alliance + "/activities";

        Api.Reply linked = api.post(joint, json("activityId", inside), ADMIN, ADMIN_PASSWORD);
        assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
        assertThat(linked.object().getString("organizationName")).isEqualTo("成员支部 " + tag);
        assertThat(api.post(joint, json("activityId", inside), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(409);
        assertThat(api.post(joint, json("activityId", lead), ADMIN, ADMIN_PASSWORD).status())
                .as("below the lead organization").isEqualTo(201);
        Api.Reply refused = api.post(joint, json("activityId", outside), ADMIN, ADMIN_PASSWORD);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactly("activityId");
        assertThat(api.post(joint, json("activityId", 987654321), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(404);
        assertThat(api.get(joint, ADMIN, ADMIN_PASSWORD).array().stream().map(JsonObject.class::cast)
                .map(j -> j.getJsonNumber("activityId").longValue()).toList()).containsExactlyInAnyOrder(inside, lead);
        assertThat(api.get("/api/alliances/" + alliance, ADMIN, ADMIN_PASSWORD).object().getInt("jointActivities"))
                .isEqualTo(2);
    }
}
