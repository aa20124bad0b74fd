package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.IdNumbers.bornOn;
import static org.partyregistry.it.support.IdNumbers.randomBirth;
import static org.partyregistry.it.support.JsonBodies.json;
import static org.partyregistry.it.support.JsonBodies.with;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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
import org.partyregistry.it.support.IdNumbers;
import org.partyregistry.it.support.TestDatabase;
import org.partyregistry.it.support.Workbooks;
import org.partyregistry.platform.PrintChecks;

/**
 * The member and transfer REST contract on a real Payara Micro and database (H2, and PostgreSQL in CI). Every test
 * builds its own branches and members with fresh, randomly generated (valid, fictional) ID numbers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberApiIT {

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

    private Api.Reply register(JsonObject json, String user, String password) {
        return api.post("/api/members", json, user, password);
    }

    /** A member's body: name (as given), ID number, organization and {@code more} fields (names and values). */
    private static JsonObject member(String name, String idNumber, long organizationId, Object... more) {
        return with(json("name", name, "idNumber", idNumber, "organizationId", organizationId), more);
    }

    /** A full member named {@code name} (tagged) with this ID number. */
    private long fullMember(String name, String idNumber, long organizationId) {
        return fixtures.member(name, organizationId).idNumber(idNumber).full().create();
    }

    private long total(long organizationId) {
        return api.get("/api/members?organizationId=" + organizationId, ADMIN, ADMIN_PASSWORD).object()
                .getJsonNumber("total").longValue();
    }

    @Test
    @DisplayName("M1 M8-M10 M13: registering returns 201 + Location; the record shows stage, standing and a masked ID")
    void registersWithHistory() {
        LocalDate birth = LocalDate.of(1980, 3, 9);
        String id = bornOn(birth, false);
        Api.Reply created = register(member("示例党员甲 " + tag, id.toLowerCase(), branchA,
                "appliedOn", "2008-03-01", "activistOn", "2008-09-01", "developmentTargetOn", "2009-09-01",
                "probationaryOn", "2010-07-01", "fullOn", "2011-07-01", "ethnicity", "汉族",
                "suspensions", List.of(json("from", "2014-01-01", "to", "2015-01-01"))), ADMIN, ADMIN_PASSWORD);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.raw().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/members/" + created.id()));
        assertThat(created.body()).doesNotContain(id).doesNotContain(id.substring(6, 14));

        JsonObject read = api.get("/api/members/" + created.id(), ADMIN, ADMIN_PASSWORD).object();
        assertThat(read.getString("stage")).isEqualTo("FULL");
        assertThat(read.getString("status")).isEqualTo("ACTIVE");
        assertThat(read.getString("sex")).isEqualTo("FEMALE");
        assertThat(read.getString("partyStandingStart")).isEqualTo("2011-07-01");
        LocalDate effective = TODAY.minusDays(365);
        int expected = java.time.Period.between(LocalDate.of(2011, 7, 1), effective).getYears();
        assertThat(read.getInt("standingYears")).as("a year of suspension is not counted").isEqualTo(expected);
        assertThat(read.getString("idNumber")).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(read.getString("birthDate")).as("staff and admins may see it").isEqualTo(birth.toString());

        Api.Reply era = register(member("示例老党员 " + tag, bornOn(LocalDate.of(1950, 5, 1), true), branchA,
                "probationaryOn", "1977-08-11"), ADMIN, ADMIN_PASSWORD);
        assertThat(era.status()).as(era.toString()).isEqualTo(201);
        assertThat(era.object().getString("stage")).as("M7: no probation in that era").isEqualTo("FULL");
        assertThat(era.object().getString("partyStandingStart")).isEqualTo("1977-08-11");
        Api.Reply after = register(member("示例党员丙 " + tag, bornOn(LocalDate.of(1950, 5, 2), true), branchA,
                "probationaryOn", "1977-08-12"), ADMIN, ADMIN_PASSWORD);
        assertThat(after.object().getString("stage")).isEqualTo("PROBATIONARY");
        assertThat(after.object().containsKey("partyStandingStart")
                && after.object().get("partyStandingStart") != JsonValue.NULL).isFalse();
    }

    @Test
    @DisplayName("M1-M6 M13: bad input is a 400 on the field at fault, a duplicate ID a 409, and nothing is written")
    void refusesBadInputAndWritesNothing() {
        LocalDate birth = randomBirth();
        String id = bornOn(birth, true);
        char wrong = id.charAt(17) == '1' ? '2' : '1';
        String wrongCheck = id.substring(0, 17) + wrong;
        List<Api.Reply> bad = new ArrayList<>();
        bad.add(register(member("甲", wrongCheck, branchA, "appliedOn", "2020-01-01"), ADMIN, ADMIN_PASSWORD));
        bad.add(register(member("甲", id, branchA, "appliedOn", "2020-01-01", "birthDate", birth.plusDays(1)),
                ADMIN, ADMIN_PASSWORD));
        bad.add(register(member("甲", id, branchA, "appliedOn", birth.plusYears(18).minusDays(1)),
                ADMIN, ADMIN_PASSWORD));
        bad.add(register(member("甲", id, branchA, "appliedOn", "2020-01-02", "activistOn", "2020-01-01"),
                ADMIN, ADMIN_PASSWORD));
        bad.add(register(member("甲", id, branchA, "appliedOn", TODAY.plusDays(1)), ADMIN,
                ADMIN_PASSWORD));
        bad.add(register(member("甲", id, branchA, "activistOn", "2019-01-02", "developmentTargetOn",
                "2020-01-01"), ADMIN, ADMIN_PASSWORD));
        bad.add(register(member("甲", id, branchA, "probationaryOn", "2019-01-02", "fullOn", "2020-01-01"),
                ADMIN, ADMIN_PASSWORD));
        assertThat(bad).extracting(Api.Reply::status).containsOnly(400);
        assertThat(bad).extracting(r -> r.errorFields().get(0)).containsExactly("idNumber", "birthDate", "appliedOn",
                "activistOn", "appliedOn", "developmentTargetOn", "fullOn");
        assertThat(total(branchA)).isZero();

        Api.Reply english = api.post("/api/members", member("甲", wrongCheck, branchA, "appliedOn", "2020-01-01"),
                ADMIN, ADMIN_PASSWORD, "en");
        assertThat(english.object().getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("check character");

        assertThat(register(member("甲 " + tag, id, branchA, "appliedOn", "2020-01-01"), ADMIN, ADMIN_PASSWORD)
                .status()).isEqualTo(201);
        Api.Reply duplicate = register(member("乙 " + tag, id.toLowerCase(), branchB, "appliedOn", "2020-01-01"),
                ADMIN, ADMIN_PASSWORD);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorFields()).containsExactly("idNumber");
        assertThat(total(branchB)).isZero();
    }

    @Test
    @DisplayName("M13 M15: a secretary sees the mask and the birth year only, cannot reveal, and gets 403 outside scope")
    void scopeMaskingAndReveal() {
        String secretary = "msec-" + tag;
        String password = "Secret2026x";
        fixtures.secretary(secretary, password, branchA);
        LocalDate birth = randomBirth();
        String id = bornOn(birth, true);
        Api.Reply own = register(member("示例党员丁 " + tag, id, branchA, "appliedOn", "2020-01-01"), secretary,
                password);
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        long other = fullMember("示例党员戊", bornOn(randomBirth(), false), branchB);

        JsonObject seen = api.get("/api/members/" + own.id(), secretary, password).object();
        assertThat(seen.containsKey("birthDate")).as("the birth date is what the mask hides").isFalse();
        assertThat(seen.getInt("birthYear")).isEqualTo(birth.getYear());
        assertThat(seen.getString("idNumber")).doesNotContain(id.substring(6, 14)).contains("********");
        assertThat(api.post("/api/members/" + own.id() + "/reveal", "", secretary, password).status())
                .isEqualTo(403);

        assertThat(api.get("/api/members/" + other, secretary, password).status()).isEqualTo(403);
        assertThat(api.post("/api/members/" + other + "/suspend", json("on", TODAY), secretary, password)
                .status()).isEqualTo(403);
        assertThat(register(member("越权 " + tag, bornOn(randomBirth(), true), branchB,
                "appliedOn", "2020-01-01"), secretary, password).status()).isEqualTo(403);
        assertThat(total(branchB)).isEqualTo(1);
        assertThat(api.get("/api/members?organizationId=" + branchB, secretary, password).status()).isEqualTo(403);
        JsonObject roster = api.get("/api/members?q=" + tag, secretary, password).object();
        assertThat(roster.getJsonArray("items").stream().map(m -> ((JsonObject) m).getJsonNumber("id").longValue()))
                .containsExactly(own.id());
        assertThat(api.get("/api/members?q=" + id, ADMIN, ADMIN_PASSWORD).object().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue()).as("exact match by keyed hash").isEqualTo(own.id());

        Api.Reply revealed = api.post("/api/members/" + own.id() + "/reveal", "", ADMIN, ADMIN_PASSWORD);
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.object().getString("idNumber")).isEqualTo(id);
        List<JsonObject> trail = api.get("/api/audit?entityType=Member&entityId=" + own.id(), ADMIN, ADMIN_PASSWORD)
                .array().stream().map(JsonObject.class::cast).toList();
        assertThat(trail).extracting(e -> e.getString("action")).as("the exact-ID search above is audited too")
                .containsExactly("REVEAL", "SEARCH_ID", "CREATE");
        assertThat(trail.get(0).getString("actor")).isEqualTo(ADMIN);
        assertThat(trail.get(1).getString("actor")).isEqualTo(ADMIN);
        assertThat(trail.get(2).getString("actor")).isEqualTo(secretary);
        assertThat(trail).allSatisfy(e -> assertThat(e.toString()).doesNotContain(id).doesNotContain(
                id.substring(6, 14)));
    }

    /** The application's database, in the application's schema when {@code REGISTRY_DB_SCHEMA} names one. */
    private static java.sql.Connection connect(String jdbcUrl) throws java.sql.SQLException {
        java.sql.Connection connection = DriverManager.getConnection(jdbcUrl,
                TestDatabase.setting("REGISTRY_DB_USER").orElse(null),
                TestDatabase.setting("REGISTRY_DB_PASSWORD").orElse(null));
        String schema = TestDatabase.setting("REGISTRY_DB_SCHEMA").orElse(null);
        if (schema != null && !schema.isBlank()) {
            connection.setSchema(schema);
        }
        return connection;
    }

    @Test
    @DisplayName("M13: the ID number never appears in clear in the database (read over JDBC on PostgreSQL)")
    void idNumberEncryptedAtRest() throws Exception {
        String id = bornOn(randomBirth(), true);
        long created = fullMember("示例党员己", id, branchA);
        Optional<String> jdbcUrl = TestDatabase.setting("REGISTRY_DB_URL");
        if (jdbcUrl.isEmpty()) {
            // H2: the server holds the file lock; the REST output is masked and PersonalDataCipherTest covers
            // the stored form
            assertThat(api.get("/api/members/" + created, ADMIN, ADMIN_PASSWORD).body()).doesNotContain(id);
            return;
        }
        try (var connection = connect(jdbcUrl.get());
             var statement = connection.prepareStatement("SELECT * FROM member WHERE id = ?")) {
            statement.setLong(1, created);
            try (var row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                StringBuilder everything = new StringBuilder();
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    everything.append(row.getString(i)).append('|');
                }
                assertThat(everything.toString()).contains("示例党员己").doesNotContain(id)
                        .doesNotContain(id.substring(0, 17)).doesNotContain(id.substring(10));
                assertThat(row.getString("id_number_hash")).hasSize(64).matches("[0-9a-f]{64}");
                assertThat(row.getString("id_number_cipher")).isNotBlank();
            }
        }
        try (var connection = connect(jdbcUrl.get());
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE changes LIKE ?")) {
            statement.setString(1, "%" + id.substring(0, 14) + "%");
            try (var row = statement.executeQuery()) {
                row.next();
                assertThat(row.getLong(1)).isZero();
            }
        }
    }

    @Test
    @DisplayName("M14: a transfer never goes to the own organization; the sender keeps the member until received")
    void transfers() {
        String secretaryB = "tsec-" + tag;
        String password = "Secret2026x";
        fixtures.secretary(secretaryB, password, branchB);
        long memberId = fullMember("示例党员庚", bornOn(randomBirth(), true), branchA);

        Api.Reply own = api.post("/api/members/" + memberId + "/transfers", json("toOrganizationId", branchA,
                "on", TODAY), ADMIN, ADMIN_PASSWORD);
        assertThat(own.status()).isEqualTo(400);
        assertThat(own.errorFields()).containsExactly("toOrganizationId");

        Api.Reply sent = api.post("/api/members/" + memberId + "/transfers", json("toOrganizationId", branchB,
                "on", TODAY.minusDays(40)), ADMIN, ADMIN_PASSWORD);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.raw().headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/transfers/" + sent.id()));
        assertThat(sent.object().getString("status")).isEqualTo("PENDING");
        assertThat(api.post("/api/members/" + memberId + "/transfers", json("toExternal", "外省某支部", "on", TODAY),
                ADMIN, ADMIN_PASSWORD).status()).as("one pending at a time").isEqualTo(400);
        assertThat(total(branchA)).as("the sender keeps the member").isEqualTo(1);
        assertThat(total(branchB)).isZero();

        List<Long> over30 = api.get("/api/transfers?pendingOver=30", secretaryB, password).array().stream()
                .map(t -> ((JsonObject) t).getJsonNumber("id").longValue()).toList();
        assertThat(over30).contains(sent.id());
        assertThat(api.get("/api/transfers?pendingOver=41", ADMIN, ADMIN_PASSWORD).array().stream()
                .map(t -> ((JsonObject) t).getJsonNumber("id").longValue())).doesNotContain(sent.id());

        Api.Reply received = api.post("/api/transfers/" + sent.id() + "/receive", json("on", TODAY),
                secretaryB, password);
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.object().getString("status")).isEqualTo("RECEIVED");
        assertThat(total(branchA)).isZero();
        assertThat(total(branchB)).isEqualTo(1);
        assertThat(api.post("/api/transfers/" + sent.id() + "/refuse", json("reason", "迟了"), secretaryB, password)
                .status()).isEqualTo(400);

        Api.Reply back = api.post("/api/members/" + memberId + "/transfers", json("toOrganizationId", branchA,
                "on", TODAY), secretaryB, password);
        assertThat(back.status()).isEqualTo(201);
        assertThat(api.post("/api/transfers/" + back.id() + "/receive", json(), secretaryB, password).status())
                .as("only the receiving side decides").isEqualTo(403);
        assertThat(api.post("/api/transfers/" + back.id() + "/refuse", json(), ADMIN, ADMIN_PASSWORD).status())
                .as("a refusal needs a reason").isEqualTo(400);
        Api.Reply refused = api.post("/api/transfers/" + back.id() + "/refuse", json("reason", "材料不全"), ADMIN,
                ADMIN_PASSWORD);
        assertThat(refused.object().getString("status")).isEqualTo("REFUSED");
        assertThat(total(branchB)).isEqualTo(1);
        List<String> history = api.get("/api/members/" + memberId + "/transfers", secretaryB, password).array()
                .stream().map(t -> ((JsonObject) t).getString("status")).toList();
        assertThat(history).containsExactly("REFUSED", "RECEIVED");
    }

    @Test
    @DisplayName("M6 M9 M11 M12 M16: intents change stage and status with dates; staff correct the standing; alerts")
    void intentsAndAlerts() {
        String secretary = "isec-" + tag;
        String password = "Secret2026x";
        fixtures.secretary(secretary, password, branchA);
        LocalDate admitted = TODAY.minusYears(1).plusDays(10);
        Api.Reply probationary = register(member("示例预备党员 " + tag, bornOn(randomBirth(), false), branchA,
                "probationaryOn", admitted), secretary, password);
        long id = probationary.id();
        long version = probationary.object().getJsonNumber("version").longValue();

        assertThat(api.post("/api/members/" + id + "/advance", json("stage", "FULL", "on", TODAY),
                secretary, password).status()).as("probation not over").isEqualTo(400);
        List<JsonObject> alerts = api.get("/api/members/alerts?within=30", secretary, password).array().stream()
                .map(JsonObject.class::cast).filter(a -> a.getJsonNumber("memberId").longValue() == id).toList();
        assertThat(alerts).singleElement().satisfies(a -> {
            assertThat(a.getString("kind")).isEqualTo("PROBATION_DUE");
            assertThat(a.getInt("days")).isEqualTo(10);
        });
        assertThat(api.get("/api/members/alerts?within=9", secretary, password).array().stream()
                .map(a -> ((JsonObject) a).getJsonNumber("memberId").longValue())).doesNotContain(id);

        Api.Reply extended = api.post("/api/members/" + id + "/extend-probation", json("months", 6, "on", TODAY,
                "version", version), secretary, password);
        assertThat(extended.status()).as(extended.toString()).isEqualTo(200);
        assertThat(extended.object().getString("probationEnds")).isEqualTo(admitted.plusYears(1).plusMonths(6)
                .toString());
        assertThat(api.post("/api/members/" + id + "/extend-probation", json("months", 6, "on", TODAY,
                "version", version), secretary, password).status()).as("stale version").isEqualTo(409);
        assertThat(api.post("/api/members/" + id + "/extend-probation", json("months", 6, "on", TODAY),
                secretary, password).status()).as("only once").isEqualTo(400);

        long lost = fullMember("示例失联党员", bornOn(randomBirth(), true), branchA);
        Api.Reply suspended = api.post("/api/members/" + lost + "/suspend", json("on", TODAY.minusMonths(7)),
                secretary, password);
        assertThat(suspended.object().getString("status")).isEqualTo("SUSPENDED");
        assertThat(api.get("/api/members/alerts", ADMIN, ADMIN_PASSWORD).array().stream()
                .map(JsonObject.class::cast).filter(a -> a.getJsonNumber("memberId").longValue() == lost)
                .map(a -> a.getString("kind"))).containsExactly("LOST_CONTACT");
        Api.Reply restored = api.post("/api/members/" + lost + "/restore", json("on", TODAY), secretary,
                password);
        assertThat(restored.object().getString("status")).isEqualTo("ACTIVE");
        assertThat(restored.object().getJsonArray("suspensions")).hasSize(1);

        assertThat(api.put("/api/members/" + lost + "/party-standing-start", json("partyStandingStart",
                "2016-01-01", "reason", "档案核实"), secretary, password).status()).as("staff only").isEqualTo(403);
        Api.Reply corrected = api.put("/api/members/" + lost + "/party-standing-start",
                json("partyStandingStart", "2016-01-01", "reason", "档案核实"), ADMIN, ADMIN_PASSWORD);
        assertThat(corrected.object().getString("partyStandingStart")).isEqualTo("2016-01-01");

        Api.Reply died = api.post("/api/members/" + lost + "/death", json("on", TODAY), secretary,
                password);
        assertThat(died.object().getString("status")).isEqualTo("DECEASED");
        assertThat(api.post("/api/members/" + lost + "/suspend", json("on", TODAY), secretary, password)
                .status()).isEqualTo(400);

        List<String> actions = api.get("/api/audit?entityType=Member&entityId=" + lost, ADMIN, ADMIN_PASSWORD)
                .array().stream().map(e -> ((JsonObject) e).getString("action")).toList();
        assertThat(actions).containsExactly("DECEASE", "CORRECT_STANDING", "RESTORE", "SUSPEND", "CREATE");
    }

    @Test
    @DisplayName("M6 M16: the alerts' pages in order are the whole list, the counts are its kinds, a bad page is 400")
    void alertsInPages() {
        String secretary = "psec-" + tag;
        String password = "Secret2026x";
        fixtures.secretary(secretary, password, branchA);
        // due in 5 days (three on the same day: by name, then by member), overdue by 3 days, extended by 6 months
        // (due in about a month), and one lost contact 7 months ago
        LocalDate dueSoon = TODAY.minusYears(1).plusDays(5);
        List<Long> seeded = new ArrayList<>();
        for (String name : List.of("乙", "甲", "乙")) {
            seeded.add(register(member("示例分页" + name + " " + tag, bornOn(randomBirth(), false), branchA,
                    "probationaryOn", dueSoon), secretary, password).id());
        }
        seeded.add(register(member("示例分页丙 " + tag, bornOn(randomBirth(), true), branchA,
                "probationaryOn", TODAY.minusYears(1).minusDays(3)), secretary, password).id());
        Api.Reply extended = register(member("示例分页丁 " + tag, bornOn(randomBirth(), true), branchA,
                "probationaryOn", TODAY.minusYears(1).minusMonths(5)), secretary, password);
        seeded.add(extended.id());
        assertThat(api.post("/api/members/" + extended.id() + "/extend-probation", json("months", 6, "on", TODAY),
                secretary, password).status()).isEqualTo(200);
        long lost = fullMember("示例分页失联", bornOn(randomBirth(), false), branchA);
        seeded.add(lost);
        assertThat(api.post("/api/members/" + lost + "/suspend", json("on", TODAY.minusMonths(7)), secretary,
                password).status()).isEqualTo(200);

        Api.Reply whole = api.get("/api/members/alerts?within=60", secretary, password);
        assertThat(whole.longs("memberId")).containsExactlyInAnyOrderElementsOf(seeded);
        List<JsonObject> alerts = whole.array().stream().map(JsonObject.class::cast).toList();
        for (int i = 1; i < alerts.size(); i++) {
            JsonObject before = alerts.get(i - 1);
            JsonObject after = alerts.get(i);
            assertThat(before.getInt("days")).as("soonest first").isLessThanOrEqualTo(after.getInt("days"));
            if (before.getInt("days") == after.getInt("days")
                    && before.getString("name").equals(after.getString("name"))) {
                assertThat(before.getJsonNumber("memberId").longValue())
                        .as("the same day and name: by member").isLessThan(after.getJsonNumber("memberId").longValue());
            }
        }
        assertThat(alerts).filteredOn(a -> a.getJsonNumber("memberId").longValue() == extended.id())
                .singleElement().satisfies(a -> assertThat(a.getString("date"))
                        .isEqualTo(TODAY.minusYears(1).minusMonths(5).plusYears(1).plusMonths(6).toString()));

        List<JsonValue> paged = new ArrayList<>();
        for (int first = 0; first < alerts.size() + 2; first += 2) {
            Api.Reply page = api.get("/api/members/alerts?within=60&first=" + first + "&max=2", secretary, password);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.array().size()).isLessThanOrEqualTo(2);
            paged.addAll(page.array());
        }
        assertThat(paged).isEqualTo(whole.array());
        assertThat(api.get("/api/members/alerts?within=60&max=3", secretary, password).array())
                .isEqualTo(whole.array().subList(0, 3));

        JsonObject count = api.get("/api/members/alerts/count?within=60", secretary, password).object();
        assertThat(count.getInt("probationsDue")).isEqualTo(4);
        assertThat(count.getInt("probationsOverdue")).isEqualTo(1);
        assertThat(count.getInt("lostContact")).isEqualTo(1);
        assertThat(count.getInt("probationsDue") + count.getInt("probationsOverdue") + count.getInt("lostContact"))
                .isEqualTo(alerts.size());
        int soon = alerts.stream().filter(a -> a.getJsonNumber("memberId").longValue() == seeded.get(0))
                .findFirst().orElseThrow().getInt("days");
        assertThat(api.get("/api/members/alerts/count?within=" + (soon - 1), secretary, password).object()
                .getInt("probationsDue")).as("the ones due in %d days are not within %d", soon, soon - 1)
                .isEqualTo(alerts.stream().filter(a -> "PROBATION_DUE".equals(a.getString("kind"))
                        && a.getInt("days") < soon).count());

        for (String bad : List.of("first=-1&max=2", "max=0", "first=0&max=1001", "first=2")) {
            Api.Reply refused = api.get("/api/members/alerts?within=60&" + bad, secretary, password);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.errorFields()).as(bad).containsExactly(bad.startsWith("first=-1") ? "first" : "max");
        }
        Api.Reply within = api.get("/api/members/alerts?within=367&max=2", secretary, password);
        assertThat(within.status()).isEqualTo(400);
        assertThat(within.errorFields()).containsExactly("within");
        assertThat(api.get("/api/members/alerts/count?within=-1", secretary, password).status()).isEqualTo(400);
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    @DisplayName("Import: one bad row, a duplicate or a wrong sheet keeps the whole workbook out, with row and column")
    void importIsAllOrNothing() {
        LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        String good = IdNumbers.unique(birth, true);
        String other = IdNumbers.unique(birth, false);
        List<Workbooks.Member> rows = List.of(
                new Workbooks.Member("导入党员甲 " + tag, good, LocalDate.of(2018, 3, 1), LocalDate.of(2019, 3, 1)),
                new Workbooks.Member("导入党员乙 " + tag, IdNumbers.withWrongCheck(other), LocalDate.of(2018, 3, 1),
                        null),
                new Workbooks.Member("导入党员丙 " + tag, good.toLowerCase(), LocalDate.of(2018, 3, 1), null),
                new Workbooks.Member("导入党员丁 " + tag, IdNumbers.unique(birth, true), LocalDate.of(2018, 3, 1),
                        LocalDate.of(2019, 2, 28)));
        Api.Reply refused = api.postBytes("/api/members/workbook?organizationId=" + branchA,
                Workbooks.roster("党员名册", rows), XLSX, ADMIN, ADMIN_PASSWORD);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<JsonObject> errors = refused.object().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .toList();
        assertThat(errors).extracting(e -> e.getInt("row")).containsExactly(4, 5, 6);
        assertThat(errors).extracting(e -> e.getString("column")).containsExactly("身份证号码", "身份证号码",
                "转为正式党员日期");
        assertThat(errors.get(1).getString("message")).contains("3");
        assertThat(total(branchA)).isZero();

        Api.Reply wrongSheet = api.postBytes("/api/members/workbook?organizationId=" + branchA,
                Workbooks.roster("Sheet1", rows.subList(0, 1)), XLSX, ADMIN, ADMIN_PASSWORD);
        assertThat(wrongSheet.status()).isEqualTo(400);
        assertThat(wrongSheet.object().getJsonArray("errors").getJsonObject(0).getInt("row")).isZero();
        Api.Reply garbage = api.postBytes("/api/members/workbook?organizationId=" + branchA,
                "not a workbook".getBytes(java.nio.charset.StandardCharsets.UTF_8), XLSX, ADMIN, ADMIN_PASSWORD);
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(total(branchA)).isZero();

        String secretary = "xsec-" + tag;
        fixtures.secretary(secretary, "Secret2026x", branchB);
        assertThat(api.postBytes("/api/members/workbook?organizationId=" + branchA,
                Workbooks.roster("党员名册", rows.subList(0, 1)), XLSX, secretary, "Secret2026x").status())
                .isEqualTo(403);

        Api.Reply imported = api.postBytes("/api/members/workbook?organizationId=" + branchA,
                Workbooks.roster("党员名册", List.of(rows.get(0))), XLSX, ADMIN, ADMIN_PASSWORD);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.object().getInt("imported")).isEqualTo(1);
        assertThat(total(branchA)).isEqualTo(1);

        var export = api.getBytes("/api/members/workbook?organizationId=" + branchA, ADMIN, ADMIN_PASSWORD);
        assertThat(export.statusCode()).isEqualTo(200);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(export.body()))) {
            var sheet = workbook.getSheet("党员名册");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("身份证号码");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("导入党员甲 " + tag);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).as("masked in the export")
                    .isEqualTo(good.substring(0, 6) + "********" + good.substring(14));
            PrintChecks.assertPrintReady(sheet, 16, 1, 1, true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var template = api.getBytes("/api/members/workbook/template?organizationId=" + branchA, ADMIN,
                ADMIN_PASSWORD);
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(XLSX));
        try (var workbook = PrintChecks.open(template.body())) {
            PrintChecks.assertPrintReady(workbook.getSheet("党员名册"), 11, 1, 1, true);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A workbook of 10,000 rows goes in whole. How long it takes is a benchmark figure ({@code mvn -P bench verify},
     * see docs/performance.md), not something a test on a shared machine can judge.
     */
    @Test
    @DisplayName("Import: 10,000 rows go in, in one transaction")
    void importsTenThousandRows() {
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
        List<Workbooks.Member> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(new Workbooks.Member("批量党员" + i + " " + tag, IdNumbers.unique(birth, i % 2 == 0),
                    LocalDate.of(2010, 1, 1).plusDays(i % 300), LocalDate.of(2011, 1, 1).plusDays(i % 300)));
        }
        byte[] workbook = Workbooks.roster("党员名册", rows);
        Api.Reply imported = api.postBytes("/api/members/workbook?organizationId=" + branchB, workbook, XLSX, ADMIN,
                ADMIN_PASSWORD);
        assertThat(imported.status()).as(imported.body().substring(0, Math.min(500, imported.body().length())))
                .isEqualTo(200);
        assertThat(imported.object().getInt("imported")).isEqualTo(10_000);
        assertThat(total(branchB)).isEqualTo(10_000);
    }

    @Test
    @DisplayName("Work unit: an enterprise of the zone, shown by name; an unknown one is a 400 and writes nothing")
    void workUnit() {
        long park = fixtures.park("成员测试园区");
        long enterprise = fixtures.enterprise(park, "示例网络科技有限公司").create();

        Api.Reply unknown = register(member("示例党员 " + tag, bornOn(randomBirth(), true), branchA,
                "appliedOn", "2020-01-01", "enterpriseId", 987654321), ADMIN, ADMIN_PASSWORD);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorFields()).containsExactly("enterpriseId");
        assertThat(total(branchA)).isZero();

        Api.Reply created = register(member("示例党员 " + tag, bornOn(randomBirth(), true), branchA,
                "appliedOn", "2020-01-01", "enterpriseId", enterprise), ADMIN, ADMIN_PASSWORD);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.object().getJsonNumber("enterpriseId").longValue()).isEqualTo(enterprise);
        assertThat(created.object().getString("enterpriseName")).isEqualTo("示例网络科技有限公司 " + tag);

        Api.Reply cleared = api.put("/api/members/" + created.id() + "/work-unit", json("enterpriseId", null), ADMIN,
                ADMIN_PASSWORD);
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.object().containsKey("enterpriseId")).isFalse();
        assertThat(api.get("/api/audit?entityType=Member&action=WORK_UNIT&entityId=" + created.id(), ADMIN,
                ADMIN_PASSWORD).array()).hasSize(1);
    }

    @Test
    @DisplayName("M4: born on 29 February, 17 on 28 February 2026 (applying refused) and 18 on 1 March (accepted)")
    void adulthoodOnLeapDay() {
        LocalDate birth = LocalDate.of(2008, 2, 29);
        Api.Reply early = register(member("示例闰日申请人 " + tag, bornOn(birth, true), branchA,
                "appliedOn", "2026-02-28"), ADMIN, ADMIN_PASSWORD);
        assertThat(early.status()).as(early.toString()).isEqualTo(400);
        assertThat(early.errorFields()).containsExactly("appliedOn");
        Api.Reply onTime = register(member("示例闰日申请人 " + tag, bornOn(birth, true), branchA,
                "appliedOn", "2026-03-01"), ADMIN, ADMIN_PASSWORD);
        assertThat(onTime.status()).as(onTime.toString()).isEqualTo(201);
        LocalDate birthday = TODAY.isLeapYear() ? LocalDate.of(TODAY.getYear(), 2, 29)
                : LocalDate.of(TODAY.getYear(), 3, 1);
        int age = TODAY.getYear() - 2008 - (TODAY.isBefore(birthday) ? 1 : 0);
        assertThat(onTime.object().getInt("age")).isEqualTo(age);
    }

    @Test
    @DisplayName("M10: a deceased or removed member's standing years stop at the status date")
    void standingStopsWithTheMembership() {
        Api.Reply deceased = register(member("示例已故党员 " + tag, bornOn(LocalDate.of(1980, 1, 1), true), branchA,
                "probationaryOn", "2010-06-01", "fullOn", "2011-06-01", "status", "DECEASED",
                "statusSince", "2021-05-31"), ADMIN, ADMIN_PASSWORD);
        assertThat(deceased.status()).as(deceased.toString()).isEqualTo(201);
        assertThat(deceased.object().getInt("standingYears")).isEqualTo(9);
        Api.Reply removed = register(member("示例出党人员 " + tag, bornOn(LocalDate.of(1980, 1, 2), true), branchA,
                "probationaryOn", "2010-06-01", "fullOn", "2011-06-01", "status", "REMOVED",
                "statusSince", "2021-06-01"), ADMIN, ADMIN_PASSWORD);
        assertThat(removed.status()).as(removed.toString()).isEqualTo(201);
        assertThat(api.get("/api/members/" + removed.id(), ADMIN, ADMIN_PASSWORD).object().getInt("standingYears"))
                .isEqualTo(10);
    }

    @Test
    @DisplayName("M14: a transfer whose member died, was removed or suspended since, or whose receiver is gone: 409")
    void receivingRechecks() {
        long died = fullMember("示例转接党员甲", bornOn(randomBirth(), true), branchA);
        long removed = fullMember("示例转接党员乙", bornOn(randomBirth(), true), branchA);
        long suspended = fullMember("示例转接党员丙", bornOn(randomBirth(), false), branchA);
        long moving = fullMember("示例转接党员丁", bornOn(randomBirth(), false), branchA);
        long gone = fixtures.organization("将撤销支部", "BRANCH", zone);
        long toDied = send(died, branchB);
        long toRemoved = send(removed, branchB);
        long toSuspended = send(suspended, branchB);
        long toGone = send(moving, gone);
        assertThat(api.post("/api/members/" + died + "/death", json("on", TODAY), ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(200);
        assertThat(api.post("/api/members/" + removed + "/remove", json("on", TODAY, "reason", "除名"), ADMIN,
                ADMIN_PASSWORD).status()).isEqualTo(200);
        assertThat(api.post("/api/members/" + suspended + "/suspend", json("on", TODAY), ADMIN, ADMIN_PASSWORD)
                .status()).isEqualTo(200);
        assertThat(api.post("/api/organizations/" + gone + "/dissolve", json("on", TODAY, "reason", "企业注销"),
                ADMIN, ADMIN_PASSWORD).status()).isEqualTo(200);

        for (long transfer : List.of(toDied, toRemoved, toSuspended, toGone)) {
            Api.Reply receive = api.post("/api/transfers/" + transfer + "/receive", json("on", TODAY), ADMIN,
                    ADMIN_PASSWORD);
            assertThat(receive.status()).as(receive.toString()).isEqualTo(409);
            assertThat(receive.errorMessage()).as("the reason, naming the member or the receiver").contains(tag);
            assertThat(api.get("/api/transfers/" + transfer, ADMIN, ADMIN_PASSWORD).object().getString("status"))
                    .isEqualTo("PENDING");
        }
        assertThat(api.get("/api/members/" + died, ADMIN, ADMIN_PASSWORD).object().getJsonNumber("organizationId")
                .longValue()).isEqualTo(branchA);
    }

    private long send(long member, long to) {
        Api.Reply sent = api.post("/api/members/" + member + "/transfers", json("toOrganizationId", to, "on", TODAY),
                ADMIN, ADMIN_PASSWORD);
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent.id();
    }
}
