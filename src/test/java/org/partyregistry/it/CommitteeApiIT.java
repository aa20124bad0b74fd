package org.partyregistry.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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

/**
 * A term's committee (rule M18) over REST, and the committee meeting quorum counting only its seat holders (rule
 * ACT5), on a real Payara Micro and database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteeApiIT {

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
    long branch;
    long term;
    final List<Long> fulls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new Api(url);
        fixtures = new Fixtures(api);
        tag = fixtures.tag();
        zone = fixtures.organization("班子工委", "WORKING_COMMITTEE", null);
        branch = fixtures.organization("班子支部", "BRANCH", zone);
        for (int i = 0; i < 7; i++) {
            fulls.add(fixtures.fullMember("示例委员" + i, branch));
        }
        term = fixtures.term(branch, 1, LocalDate.of(2024, 3, 1), 5);
    }

    private static JsonObject holders(List<Long> members, String... seats) {
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < seats.length; i++) {
            rows.add(json("memberId", members.get(i), "seat", seats[i]));
        }
        return json("holders", rows);
    }

    private Api.Reply put(JsonObject json, String user, String password) {
        return api.put("/api/terms/" + term + "/committee", json, user, password);
    }

    private List<Long> holderIds() {
        Api.Reply reply = api.get("/api/terms/" + term + "/committee", ADMIN, ADMIN_PASSWORD);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.object().getJsonArray("holders").stream()
                .map(h -> ((JsonObject) h).getJsonNumber("memberId").longValue()).toList();
    }

    private Api.Reply committeeMeeting(List<Long> present) {
        return api.post("/api/activities", json("organizationId", branch, "type", "BRANCH_COMMITTEE_MEETING",
                "title", "支委会", "heldOn", TODAY, "presentMemberIds", present), ADMIN, ADMIN_PASSWORD);
    }

    @Test
    @DisplayName("M18 ACT5: the committee is recorded whole; then only its seat holders make a committee meeting's quorum")
    void committeeAndQuorum() {
        List<Long> twoHoldersTwoGuests = List.of(fulls.get(0), fulls.get(1), fulls.get(5), fulls.get(6));
        Api.Reply unrecorded = committeeMeeting(twoHoldersTwoGuests);
        assertThat(unrecorded.status()).as(unrecorded.toString()).isEqualTo(201);
        assertThat(unrecorded.object().getBoolean("valid")).as("ACT5 no seat holders recorded: kept, invalid")
                .isFalse();
        assertThat(unrecorded.object().getString("invalidReason")).contains("委员会未登记");

        Api.Reply saved = put(holders(fulls, "SECRETARY", "DEPUTY_SECRETARY", "ORGANIZATION", "PUBLICITY",
                "DISCIPLINE"), ADMIN, ADMIN_PASSWORD);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.object().getInt("seats")).isEqualTo(5);
        assertThat(saved.object().getJsonArray("holders").getJsonObject(0).getString("seat")).isEqualTo("SECRETARY");
        assertThat(holderIds()).containsExactlyInAnyOrderElementsOf(fulls.subList(0, 5));

        Api.Reply guests = committeeMeeting(twoHoldersTwoGuests);
        assertThat(guests.status()).as(guests.toString()).isEqualTo(201);
        assertThat(guests.object().getBoolean("valid")).as("2 of 5 seat holders, whoever else sat in").isFalse();
        assertThat(guests.object().getString("invalidReason")).contains("2").contains("5");
        assertThat(committeeMeeting(fulls.subList(0, 3)).object().getBoolean("valid")).as("3 of 5 seat holders")
                .isTrue();
    }

    @Test
    @DisplayName("M18: too many holders, two secretaries, a probationary member or an outsider are refused; nothing changes")
    void refusalsWriteNothing() {
        assertThat(put(holders(fulls, "SECRETARY", "ORGANIZATION"), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(200);
        Api.Reply tooMany = put(holders(fulls, "SECRETARY", "COMMITTEE_MEMBER", "COMMITTEE_MEMBER",
                "COMMITTEE_MEMBER", "COMMITTEE_MEMBER", "COMMITTEE_MEMBER"), ADMIN, ADMIN_PASSWORD);
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(400);
        assertThat(tooMany.body()).contains("5");
        assertThat(put(holders(fulls, "SECRETARY", "SECRETARY"), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        long probationary = fixtures.member("示例预备党员", branch).probationaryOn(TODAY.minusMonths(2)).create();
        Api.Reply notFull = put(holders(List.of(fulls.get(0), probationary), "SECRETARY", "ORGANIZATION"), ADMIN,
                ADMIN_PASSWORD);
        assertThat(notFull.status()).as(notFull.toString()).isEqualTo(400);
        assertThat(notFull.body()).contains("示例预备党员");
        long elsewhere = fixtures.organization("别的支部", "BRANCH", zone);
        long outsider = fixtures.fullMember("外支部党员", elsewhere);
        assertThat(put(holders(List.of(outsider), "SECRETARY"), ADMIN, ADMIN_PASSWORD).status()).isEqualTo(400);
        assertThat(put(json("holders", List.of(json("memberId", fulls.get(0), "seat", "CHAIRMAN"))), ADMIN,
                ADMIN_PASSWORD).status()).as("unknown seat").isEqualTo(400);
        assertThat(holderIds()).as("the committee saved first is untouched")
                .containsExactlyInAnyOrderElementsOf(fulls.subList(0, 2));
        assertThat(api.get("/api/terms/999999999/committee", ADMIN, ADMIN_PASSWORD).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("M18 S: a secretary of another branch may neither read nor write this committee")
    void scope() {
        long other = fixtures.organization("他支部", "BRANCH", zone);
        String username = "sec" + tag;
        fixtures.secretary(username, "Secret2026x", other);
        assertThat(api.get("/api/terms/" + term + "/committee", username, "Secret2026x").status()).isEqualTo(403);
        assertThat(put(holders(fulls, "SECRETARY"), username, "Secret2026x").status()).isEqualTo(403);
        assertThat(holderIds()).isEmpty();
    }
}
