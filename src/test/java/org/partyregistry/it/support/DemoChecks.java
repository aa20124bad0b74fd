package org.partyregistry.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What nodes that loaded the demo on an empty database must show (startup rules, rule S7), checked by the tests
 * that start such nodes: {@code ConcurrentStartIT} and {@code ClusterFailoverIT}.
 */
public final class DemoChecks {

    /** The demo's zone staff account (seeds/users.csv), which entered the demo data. */
    private static final String STAFF = "staff";
    private static final String STAFF_PASSWORD = "Staff2026demo";

    private DemoChecks() {
    }

    /**
     * Startup rule (seeds through the services): what a demo user sees — the seeded organizations, members and
     * activities, a coverage report whose ELIGIBLE base holds enterprises and that names an enterprise that should
     * form its own organization, and the first medal round (2021) awarded.
     */
    public static void asTheStaffSeesIt(Api api) {
        assertThat(api.get("/api/organizations", STAFF, STAFF_PASSWORD).array()).as("organizations").hasSize(12);
        assertThat(api.get("/api/members?size=500", STAFF, STAFF_PASSWORD).object().getInt("total"))
                .as("members on the roster").isEqualTo(26);
        long zone = api.get("/api/organizations", STAFF, STAFF_PASSWORD).array().getValuesAs(JsonObject.class)
                .stream().filter(o -> !o.containsKey("parentId") || o.isNull("parentId")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String since2021 = "&from=2021-01-01&to=" + LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(api.get("/api/activities?organizationId=" + zone + since2021, STAFF, STAFF_PASSWORD).array())
                .as("activities").hasSize(29);
        JsonObject coverage = api.get("/api/reports/coverage?base=ELIGIBLE", STAFF, STAFF_PASSWORD).object();
        assertThat(coverage.getJsonObject("total").getInt("enterprises")).as("ELIGIBLE base").isPositive();
        assertThat(coverage.getJsonArray("shouldFormOwn").getValuesAs(JsonObject.class))
                .as("enterprises that should form their own organization")
                .anySatisfy(e -> assertThat(e.getString("name")).isEqualTo("示例码上科技有限公司"));
        assertThat(api.get("/api/awards/medal50/2021", STAFF, STAFF_PASSWORD).array().getValuesAs(JsonObject.class))
                .as("the 2021 medal round").anySatisfy(c -> {
                    assertThat(c.getString("state")).isEqualTo("AWARDED");
                    assertThat(c.getString("awardedOn")).isEqualTo("2021-06-30");
                });
    }

    /**
     * Rule S7: every demo record was created by a service as a demo account — a CREATE audit entry by the
     * account for each row — and nothing was audited by the system but the administrator's own account.
     */
    public static void enteredThroughTheServices(Statement statement) throws SQLException {
        for (String[] table : new String[][] {{"park", "Park"}, {"enterprise", "Enterprise"},
                {"organization", "Organization"}, {"term", "Term"}, {"member", "Member"},
                {"member_transfer", "Transfer"}, {"activity", "Activity"}, {"brand", "Brand"},
                {"alliance", "Alliance"}, {"honor", "Honor"}, {"instructor_assignment", "InstructorAssignment"}}) {
            assertThat(count(statement, "SELECT COUNT(*) FROM " + table[0] + " t WHERE NOT EXISTS (SELECT 1 FROM"
                    + " audit_entry a WHERE a.entity_type = '" + table[1] + "' AND a.entity_id = t.id AND a.actor = '"
                    + STAFF + "' AND a.action IN ('CREATE', 'NOMINATE'))")).as("%s rows no service created", table[0])
                    .isZero();
            assertThat(count(statement, "SELECT COUNT(*) FROM " + table[0])).as("%s rows", table[0]).isPositive();
        }
        assertThat(count(statement, "SELECT COUNT(*) FROM user_account u WHERE u.username <> 'admin' AND NOT EXISTS"
                + " (SELECT 1 FROM audit_entry a WHERE a.entity_type = 'UserAccount' AND a.entity_id = u.id"
                + " AND a.actor = 'admin' AND a.action = 'CREATE')")).as("accounts the administrator did not create")
                .isZero();
        assertThat(count(statement, "SELECT COUNT(*) FROM audit_entry WHERE actor NOT IN ('admin', '" + STAFF + "')"
                + " AND NOT (entity_type = 'UserAccount' AND action = 'CREATE')")).as("audited by no demo account")
                .isZero();
        assertThat(count(statement, "SELECT COUNT(*) FROM audit_entry WHERE action = 'RUN_AS'")).as("runs as")
                .isEqualTo(3);
        assertThat(count(statement, "SELECT COUNT(*) FROM medal_nomination WHERE medal_year = 2021 AND state = 'AWARDED'"))
                .as("2021 medals").isEqualTo(1);
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
