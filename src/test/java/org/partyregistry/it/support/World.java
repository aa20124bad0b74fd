package org.partyregistry.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * One of every kind of object {@link RequestTemplates} names, made through the API as the administrator, in one
 * organization: members (one of them a 50-year veteran, one awarded the medal), a term of office where the type of
 * organization has terms, a study session with a photo, a pending transfer, a dues payment, an honor, an
 * enterprise, a brand and an alliance with a member.
 */
public final class World {

    /** The placeholders that name objects (the rest are values: dates, a year, fresh names). */
    public static final Set<String> OBJECT_KINDS = Set.of("organization", "member", "member2", "veteran", "awardee",
            "term", "activity", "transfer", "photo", "payment", "honor", "enterprise", "park", "brand", "alliance",
            "allianceMember", "account");

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    private final Fixtures fixtures;
    private final String label;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private World(Fixtures fixtures, String label) {
        this.fixtures = fixtures;
        this.label = label;
    }

    /**
     * Objects in {@code organization}; its pending transfer goes to {@code elsewhere}; {@code own} is an
     * organization the caller of the suite may write (the target of moves, merges and transfers).
     */
    public static World build(Fixtures fixtures, String label, long organization, long elsewhere, long own,
                              long park) {
        World world = new World(fixtures, label);
        world.make(organization, elsewhere, own, park);
        return world;
    }

    /** The values to fill a template with; {@code unique}, {@code creditCode}, {@code idNumber} fresh each time. */
    public Map<String, Object> values() {
        Map<String, Object> fresh = new LinkedHashMap<>(values);
        fresh.put("unique", fixtures.tag() + "-" + UNIQUE.incrementAndGet());
        fresh.put("creditCode", CreditCodes.fresh());
        fresh.put("idNumber", IdNumbers.unique(LocalDate.of(1985, 5, 5), true));
        return fresh;
    }

    /** Whether the world has an object of this kind (a working committee has no terms of office). */
    public boolean has(String kind) {
        return values.containsKey(kind);
    }

    public long id(String kind) {
        return ((Number) values.get(kind)).longValue();
    }

    public String label() {
        return label;
    }

    private void make(long organization, long elsewhere, long own, long park) {
        Api api = fixtures.api();
        int year = TODAY.getYear();
        values.put("today", TODAY.toString());
        values.put("year", year);
        values.put("from", LocalDate.of(year, 1, 1).toString());
        values.put("to", TODAY.toString());
        values.put("own", own);
        values.put("park", park);
        values.put("organization", organization);
        long member = fixtures.fullMember(label + "党员", organization);
        values.put("member", member);
        values.put("member2", fixtures.fullMember(label + "党员二", organization));
        long transferee = fixtures.fullMember(label + "转出党员", organization);
        values.put("veteran", veteran(label + "老党员", organization));
        long awardee = veteran(label + "获章党员", organization);
        values.put("awardee", awardee);
        created(api.post("/api/awards/medal50/" + year + "/awards", json("memberId", awardee, "awardedOn", TODAY,
                "note", "suite"), ADMIN, ADMIN_PASSWORD));
        Api.Reply term = api.post("/api/organizations/" + organization + "/terms", json("number", 1,
                "electedOn", LocalDate.of(2024, 3, 1), "seats", 2), ADMIN, ADMIN_PASSWORD);
        if (term.status() == 201) {
            values.put("term", term.id());
        } else {
            assertThat(term.status()).as("only some types of organization have terms: " + term).isEqualTo(400);
        }

        LocalDate first = TODAY.minusDays(10);
        long activity = created(api.post("/api/activities", json("organizationId", organization,
                "type", "STUDY_SESSION", "title", label + "读书班", "heldOn", first, "endsOn", first.plusDays(1),
                "presentMemberIds", List.of(), "days", List.of(
                        json("date", first, "presentMemberIds", List.of(member)),
                        json("date", first.plusDays(1), "presentMemberIds", List.of(member)))),
                ADMIN, ADMIN_PASSWORD));
        values.put("activity", activity);
        values.put("date", first.toString());
        values.put("photo", created(api.postBytes("/api/activities/" + activity + "/photos", png(), "image/png",
                ADMIN, ADMIN_PASSWORD)));

        values.put("transfer", created(api.post("/api/members/" + transferee + "/transfers",
                json("toOrganizationId", elsewhere, "on", TODAY), ADMIN, ADMIN_PASSWORD)));

        Api.Reply dues = api.put("/api/members/" + member + "/dues/" + year, json("category", "IN_SERVICE",
                "income", 5000), ADMIN, ADMIN_PASSWORD);
        assertThat(dues.status()).as(dues.toString()).isEqualTo(200);
        Object monthly = dues.object().get("monthly");
        values.put("monthly", monthly);
        values.put("payment", created(api.post("/api/members/" + member + "/dues/payments", json("paidOn", TODAY,
                "months", List.of(YearMonth.from(TODAY)), "amount", monthly, "method", "CASH"), ADMIN,
                ADMIN_PASSWORD)));
        // another month of this year, still unpaid, within the six months that may be paid late (in January: none)
        values.put("nextMonth", TODAY.getMonthValue() > 1 ? YearMonth.from(TODAY).minusMonths(1).toString()
                : YearMonth.from(TODAY).plusMonths(1).toString());

        values.put("honor", created(api.post("/api/honors", json("kind", "OUTSTANDING_MEMBER", "level", "ZONE",
                "year", year, "memberId", member), ADMIN, ADMIN_PASSWORD)));
        long enterprise = fixtures.enterprise(park, label + "企业").create();
        values.put("enterprise", enterprise);
        values.put("brand", fixtures.brand(label + "品牌", "口号", organization, LocalDate.of(2018, 7, 1)));
        long alliance = created(api.post("/api/alliances", json("name", fixtures.tagged(label + "联盟"),
                "leadOrganizationId", organization, "foundedOn", "2019-01-01"), ADMIN, ADMIN_PASSWORD));
        values.put("alliance", alliance);
        values.put("account", created(api.post("/api/users", json("username", "world-" + fixtures.tag() + "-"
                + UNIQUE.incrementAndGet(), "password", "World2026pass",
                "role", "BRANCH_SECRETARY", "organizationId", organization), ADMIN, ADMIN_PASSWORD)));
        values.put("allianceMember", created(api.post("/api/alliances/" + alliance + "/members",
                json("enterpriseId", enterprise, "joinedOn", "2020-01-01"), ADMIN, ADMIN_PASSWORD)));
    }

    /** Admitted 1975-05-01 when there was no probation: 50 years in the party this year. */
    private long veteran(String name, long organization) {
        return fixtures.member(name, organization).born(LocalDate.of(1945, 3, 3), true)
                .probationaryOn(LocalDate.of(1975, 5, 1)).create();
    }

    private static long created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    /** A small PNG, for photos and logos. */
    public static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
