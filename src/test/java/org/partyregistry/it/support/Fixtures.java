package org.partyregistry.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.it.support.Api.ADMIN;
import static org.partyregistry.it.support.Api.ADMIN_PASSWORD;
import static org.partyregistry.it.support.JsonBodies.json;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a test needs to exist before it starts, made through the REST API as the administrator: organizations,
 * terms, members, parks, enterprises, brands and accounts. Every name gets the test's own tag appended
 * ({@link #tagged}), so tests never meet each other's data, even in a database kept across runs. Each helper
 * checks the API answered 201; what a test is about (a refusal, a 409) it posts itself.
 */
public final class Fixtures {

    /** When an organization was founded unless a test says otherwise: before anything a test records. */
    public static final LocalDate LONG_AGO = LocalDate.of(1960, 1, 1);

    private final Api api;
    private final String tag;

    /** Fixtures with a fresh random tag. */
    public Fixtures(Api api) {
        this.api = api;
        this.tag = UUID.randomUUID().toString().substring(0, 8);
    }

    public Api api() {
        return api;
    }

    /** Eight characters unique to this test, e.g. for user names. */
    public String tag() {
        return tag;
    }

    /** The name as the fixtures store it: {@code name + " " + tag}. */
    public String tagged(String name) {
        return name + " " + tag;
    }

    // organizations

    /** A {@code type} organization named {@code name} (tagged) under {@code parentId}, founded {@link #LONG_AGO}. */
    public long organization(String name, String type, Long parentId) {
        return organization(name, type, parentId, LONG_AGO);
    }

    public long organization(String name, String type, Long parentId, LocalDate establishedOn) {
        return created(api.post("/api/organizations", json("name", tagged(name), "type", type, "parentId", parentId,
                "establishedOn", establishedOn), ADMIN, ADMIN_PASSWORD));
    }

    /** Term {@code number} of an organization, elected on {@code electedOn} with a committee of {@code seats}. */
    public long term(long organizationId, int number, LocalDate electedOn, int seats) {
        return created(api.post("/api/organizations/" + organizationId + "/terms", json("number", number,
                "electedOn", electedOn, "seats", seats), ADMIN, ADMIN_PASSWORD));
    }

    // members

    /** A member named {@code name} (tagged) to register, by default born 1980-01-01, male, with no steps yet. */
    public MemberDraft member(String name, long organizationId) {
        return new MemberDraft(tagged(name), organizationId);
    }

    /** A full member admitted 2015-07-01, full 2016-07-01. */
    public long fullMember(String name, long organizationId) {
        return member(name, organizationId).full().create();
    }

    /** A member to register: its ID number unless given is {@link IdNumbers#unique} of the birth date and sex. */
    public final class MemberDraft extends Draft<MemberDraft> {
        private LocalDate birth = LocalDate.of(1980, 1, 1);
        private boolean male = true;
        private String idNumber;

        private MemberDraft(String name, long organizationId) {
            super("/api/members");
            with("name", name).with("organizationId", organizationId);
        }

        public MemberDraft born(LocalDate birth, boolean male) {
            this.birth = birth;
            this.male = male;
            return this;
        }

        public MemberDraft idNumber(String idNumber) {
            this.idNumber = idNumber;
            return this;
        }

        public MemberDraft probationaryOn(LocalDate on) {
            return with("probationaryOn", on);
        }

        public MemberDraft fullOn(LocalDate on) {
            return with("fullOn", on);
        }

        /** Working for this enterprise. */
        public MemberDraft workUnit(long enterpriseId) {
            return with("enterpriseId", enterpriseId);
        }

        /** Admitted 2015-07-01, full 2016-07-01. */
        public MemberDraft full() {
            return probationaryOn(LocalDate.of(2015, 7, 1)).fullOn(LocalDate.of(2016, 7, 1));
        }

        @Override
        public JsonObject body() {
            return JsonBodies.with(super.body(), "idNumber", idNumber != null ? idNumber
                    : IdNumbers.unique(birth, male));
        }
    }

    // activities

    /** An activity of this type held on {@code heldOn} by the organization, with these members present. */
    public long activityHeld(long organizationId, String type, LocalDate heldOn, java.util.List<Long> present) {
        return created(api.post("/api/activities", json("organizationId", organizationId, "type", type,
                "title", tagged(type), "heldOn", heldOn, "presentMemberIds", present), ADMIN, ADMIN_PASSWORD));
    }

    // parks and enterprises

    /** A park named {@code name} (tagged). */
    public long park(String name) {
        return created(api.post("/api/parks", json("name", tagged(name)), ADMIN, ADMIN_PASSWORD));
    }

    /**
     * An enterprise named {@code name} (tagged) in a park with a fresh credit code, by default in software and IT
     * services, 20 employees, founded 2015-03-01.
     */
    public EnterpriseDraft enterprise(long parkId, String name) {
        return new EnterpriseDraft(tagged(name), parkId);
    }

    /** An enterprise to create. */
    public final class EnterpriseDraft extends Draft<EnterpriseDraft> {

        private EnterpriseDraft(String name, long parkId) {
            super("/api/enterprises");
            with("name", name).with("creditCode", CreditCodes.fresh()).with("parkId", parkId)
                    .with("industry", "软件和信息技术服务").with("employees", 20)
                    .with("foundedOn", LocalDate.of(2015, 3, 1));
        }

        public EnterpriseDraft creditCode(String code) {
            return with("creditCode", code);
        }

        public EnterpriseDraft industry(String industry) {
            return with("industry", industry);
        }

        public EnterpriseDraft employees(int employees) {
            return with("employees", employees);
        }

        public EnterpriseDraft foundedOn(LocalDate on) {
            return with("foundedOn", on);
        }

        public EnterpriseDraft closedOn(LocalDate on) {
            return with("closedOn", on);
        }
    }

    // brands

    /** A brand named {@code name} (tagged) of an organization. */
    public long brand(String name, String slogan, long organizationId, LocalDate foundedOn) {
        return created(api.post("/api/brands", json("name", tagged(name), "slogan", slogan,
                "organizationId", organizationId, "foundedOn", foundedOn), ADMIN, ADMIN_PASSWORD));
    }

    // accounts

    /** Who signs in. */
    public record Account(long id, String username, String password) {
    }

    /** An account of this role, for an organization ({@code null} for staff and admins); names are not tagged. */
    public Account account(String username, String password, String role, Long organizationId) {
        long id = created(api.post("/api/users", json("username", username, "password", password, "role", role,
                "organizationId", organizationId), ADMIN, ADMIN_PASSWORD));
        return new Account(id, username, password);
    }

    public Account secretary(String username, String password, long organizationId) {
        return account(username, password, "BRANCH_SECRETARY", organizationId);
    }

    public Account staff(String username, String password) {
        return account(username, password, "COMMITTEE_STAFF", null);
    }

    private static long created(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.id();
    }

    /** A body of fields to post to one path: posted as anyone ({@link #post}) or created as the administrator. */
    public abstract class Draft<D extends Draft<D>> {
        private final String path;
        private final Map<String, Object> fields = new LinkedHashMap<>();

        private Draft(String path) {
            this.path = path;
        }

        /** Adds or replaces a field (any value {@link JsonBodies#value} takes). */
        @SuppressWarnings("unchecked")
        public D with(String name, Object value) {
            fields.put(name, value);
            return (D) this;
        }

        public JsonObject body() {
            return json(fields);
        }

        /** Adds or replaces these fields: alternating names and values. */
        @SuppressWarnings("unchecked")
        public D with(Object... namesAndValues) {
            JsonBodies.json(namesAndValues).forEach(fields::put);
            return (D) this;
        }

        /** Posts it as this user and answers what came back, whatever the status. */
        public Api.Reply post(String user, String password) {
            return api.post(path, body(), user, password);
        }

        /** Creates it as the administrator, checking for 201, and answers its id. */
        public long create() {
            return created(post(ADMIN, ADMIN_PASSWORD));
        }
    }
}
