package org.partyregistry.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.activity.entity.Validity;
import org.partyregistry.dues.entity.DuesAssessment;
import org.partyregistry.dues.entity.DuesCalculator;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.enterprise.entity.CreditCode;
import org.partyregistry.member.entity.IdNumber;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.PersonalDataCipher;

/**
 * Builds a register of a given {@link BenchScale} into an empty, migrated PostgreSQL schema through {@code COPY}:
 * parks, enterprises (valid credit codes), an organization tree (working committee, a committee per park, general
 * branches, branches, joint branches formed in 2-5 enterprises, groups) with terms and committees, instructors,
 * brands, members with their dated steps (checked by the application's own {@link Steps} and {@link IdNumber}
 * rules), suspensions, work units and transfers, the dated enterprise links and work-unit periods coverage reads
 * (rule E8), party-group placements (rule M19), ethnicity and education as codes (rule M22), 24 complete months
 * of required activities (some missing, some invalid) with attendance, and 24 months of dues (confirmed years,
 * months, payments, some members in arrears).
 * ID numbers are encrypted and hashed with the application's {@link PersonalDataCipher} under the run's key.
 * <p>
 * All of it is one transaction, marked done by a {@code seed_run} row named {@code bench-<scale>}: a run that
 * stops half-way leaves the schema empty, and a second run over a finished one does nothing. Every value comes
 * from a seeded {@link Random} per item, so each pass can derive what it needs again instead of holding the whole
 * city in memory.
 */
final class CityGenerator {

    static final long FIRST_ID = 1_000_000L;
    static final int MONTHS = 24;
    /** Members of the one committee built for the roster benchmark: 12 branches of 25. */
    static final int SMALL_COMMITTEE_BRANCHES = 12;
    static final int SMALL_COMMITTEE_BRANCH_SIZE = 25;
    static final int ATTENDANCE_LISTED = 10;
    /** An empty branch for the import benchmark, which deletes what it imported afterwards. */
    static final String IMPORT_BRANCH = "基准导入支部";
    static final String SMALL_COMMITTEE = "基准小园区党委";
    private static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲建国志坤文斌宇浩凯鹏辉晨欣怡佳琪";
    private static final String[] INDUSTRIES = {"软件和信息技术服务", "互联网和相关服务", "电子商务", "人工智能",
        "集成电路设计", "数字内容", "云计算与大数据"};

    private final BenchScale scale;
    private final PersonalDataCipher cipher;
    private final LocalDate today;
    private final long seed;

    // the organization tree, by index (0 is the working committee)
    private final List<Org> orgs = new ArrayList<>();
    private long[] parkIds;
    private long[] enterpriseIds;
    private int[] enterprisePark;
    /** Each enterprise's founding (epoch day) and whether it is closed: organizations form in operating ones only. */
    private int[] enterpriseFounded;
    private boolean[] enterpriseClosed;
    /** Per member, by {@code id - firstMember}: the work unit (enterprise index, -1 none) and its first day. */
    private int[] memberWorkUnit;
    private int[] memberWorkUnitFrom;
    /** Per party group (organization index): its placements as {member id, placed on, ended on or -1} in epoch days. */
    private final Map<Integer, List<long[]>> placements = new java.util.HashMap<>();
    /**
     * Per park: a few operating enterprises with no organization where some members work (so that some have 3 or
     * more full members and should form their own, and the ELIGIBLE base holds uncovered enterprises).
     */
    private final Map<Integer, List<Integer>> unorganized = new java.util.HashMap<>();
    private long nextId = FIRST_ID;

    /** One organization: what later passes need. Members of a branch have consecutive ids. */
    static final class Org {
        long id;
        int parent = -1;
        OrganizationType type;
        String name;
        String path;
        int park;
        LocalDate establishedOn;
        boolean dissolved;
        List<Integer> enterprises = new ArrayList<>();
        long firstMember;
        int memberCount;
        boolean committee;
        int memberSource = -1;
        /** The party groups directly below (organization indexes). */
        List<Integer> groups = new ArrayList<>();
    }

    CityGenerator(BenchScale scale, PersonalDataCipher cipher, LocalDate today, long seed) {
        this.scale = scale;
        this.cipher = cipher;
        this.today = today;
        this.seed = seed;
    }

    /** Plans the enterprises and the organization tree in memory, as {@link #generate} does before writing them. */
    void plan() {
        planEnterprises();
        planOrganizations();
    }

    /** The planned tree, by index (0 is the working committee). */
    List<Org> organizations() {
        return java.util.Collections.unmodifiableList(orgs);
    }

    LocalDate enterpriseFounded(int enterprise) {
        return LocalDate.ofEpochDay(enterpriseFounded[enterprise]);
    }

    boolean enterpriseClosed(int enterprise) {
        return enterpriseClosed[enterprise];
    }

    static String marker(BenchScale scale) {
        return "bench-" + scale.label();
    }

    /** True when this scale is already in the schema; fails when the schema holds anything else. */
    static boolean alreadyGenerated(Connection connection, BenchScale scale) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM seed_run WHERE name = ?")) {
            statement.setString(1, marker(scale));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                if (result.getLong(1) > 0) {
                    return true;
                }
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM organization")) {
            result.next();
            if (result.getLong(1) > 0) {
                throw new IllegalStateException("The bench schema holds other data: generate into an empty schema "
                        + "(drop it, or choose another with -Dbench.pg.schema)");
            }
        }
        return false;
    }

    /** Generates the whole register in one transaction (see the class comment); returns rows per table. */
    Map<String, Long> generate(Connection connection) throws SQLException {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            List<String> indexes = dropIndexes(connection);
            planEnterprises();
            rows.put("park", parks(connection));
            rows.put("enterprise", enterprises(connection));
            planOrganizations();
            rows.put("organization", organizations(connection));
            rows.putAll(links(connection));
            rows.put("term", terms(connection));
            rows.put("instructor_assignment", instructors(connection));
            rows.put("brand", brands(connection));
            rows.putAll(members(connection));
            rows.put("committee_seat", seats(connection));
            rows.putAll(activities(connection));
            rows.put("activity_tally", tally(connection));
            rows.putAll(dues(connection));
            try (Statement statement = connection.createStatement()) {
                for (String index : indexes) {
                    statement.execute(index);
                }
            }
            rows.put("dues_standing", standing(connection));
            // rule E11: the coverage periods from the facts, as a node builds them into an empty table
            rows.put("coverage_period", org.partyregistry.enterprise.control.CoveragePeriods.rebuild(connection));
            try (PreparedStatement marker = connection.prepareStatement(
                    "INSERT INTO seed_run (name, loaded_at_utc) VALUES (?, ?)")) {
                marker.setString(1, marker(scale));
                marker.setObject(2, LocalDateTime.now());
                marker.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                // the application's ids come from the sequence: start it past everything generated here
                statement.execute("SELECT setval('registry_seq', " + (nextId + 1000) + ")");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        return rows;
    }

    /**
     * Drops the schema's foreign keys and plain indexes (not those behind primary keys and unique constraints) and
     * returns the statements that build them again: building an index, or checking a foreign key, once over the
     * loaded rows is much faster than row by row. In the same transaction, so a failed run leaves them all in place.
     */
    private static List<String> dropIndexes(Connection connection) throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> rebuilds = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT c.conrelid::regclass, c.conname, "
                     + "pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.contype = 'f' "
                     + "AND c.connamespace = to_regnamespace(current_schema())")) {
            while (result.next()) {
                drops.add("ALTER TABLE " + result.getString(1) + " DROP CONSTRAINT " + result.getString(2));
                rebuilds.add("ALTER TABLE " + result.getString(1) + " ADD CONSTRAINT " + result.getString(2) + " "
                        + result.getString(3));
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i "
                     + "WHERE i.schemaname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
                     + "WHERE c.conname = i.indexname AND c.connamespace = to_regnamespace(i.schemaname))")) {
            while (result.next()) {
                drops.add("DROP INDEX " + result.getString(1));
                rebuilds.add(0, result.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String drop : drops) {
                statement.execute(drop);
            }
        }
        return rebuilds;
    }

    private long id() {
        return nextId++;
    }

    private Random random(long salt, long item) {
        return new Random(seed * 1_000_003L + salt * 7_919L + item);
    }

    private long parks(Connection connection) throws SQLException {
        parkIds = new long[scale.parks + 1];
        try (CopyTable copy = new CopyTable(connection, "park", "id, version, name")) {
            for (int p = 0; p <= scale.parks; p++) {
                parkIds[p] = id();
                copy.row(parkIds[p], 1, p == scale.parks ? "基准小园区" : "基准园区" + (p + 1));
            }
            return copy.rows();
        }
    }

    /** The founding days and closings of the enterprises, which the organization tree is planned over. */
    private void planEnterprises() {
        int total = scale.enterprises + SMALL_COMMITTEE_BRANCHES;
        enterpriseFounded = new int[total];
        enterpriseClosed = new boolean[total];
        for (int i = 0; i < total; i++) {
            LocalDate[] dates = enterpriseDates(i, random(1, i));
            enterpriseFounded[i] = (int) dates[0].toEpochDay();
            enterpriseClosed[i] = dates[1] != null;
        }
    }

    /** Founded and closed (or null) from the enterprise's random; the small committee's enterprises stay open. */
    private LocalDate[] enterpriseDates(int i, Random r) {
        LocalDate founded = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000));
        LocalDate closed = r.nextInt(12) == 0 && founded.plusYears(1).isBefore(today)
                ? founded.plusDays(365 + r.nextInt((int) (today.toEpochDay() - founded.toEpochDay() - 364)))
                : null;
        return new LocalDate[] {founded, i < scale.enterprises ? closed : null};
    }

    /** The last park is the small committee's; it gets a few enterprises of its own. */
    private long enterprises(Connection connection) throws SQLException {
        int total = scale.enterprises + SMALL_COMMITTEE_BRANCHES;
        enterpriseIds = new long[total];
        enterprisePark = new int[total];
        try (CopyTable copy = new CopyTable(connection, "enterprise",
                "id, version, name, credit_code, park_id, industry, employees, founded_on, closed_on")) {
            for (int i = 0; i < total; i++) {
                Random r = random(1, i);
                int park = i < scale.enterprises ? i % scale.parks : scale.parks;
                enterpriseIds[i] = id();
                enterprisePark[i] = park;
                LocalDate[] dates = enterpriseDates(i, r);
                LocalDate founded = dates[0];
                LocalDate closed = dates[1];
                copy.row(enterpriseIds[i], 1, "基准企业" + (i + 1) + "有限公司", creditCode(i), parkIds[park],
                        INDUSTRIES[r.nextInt(INDUSTRIES.length)], 3 + r.nextInt(r.nextInt(10) == 0 ? 3000 : 300),
                        founded, closed);
            }
            return copy.rows();
        }
    }

    /** A unified social credit code (GB 32100) unique per enterprise index, checked by the application's rule. */
    static String creditCode(int index) {
        StringBuilder code = new StringBuilder("91370700");
        char[] body = new char[9];
        int n = index;
        for (int i = 8; i >= 0; i--) {
            body[i] = CREDIT_CHARSET.charAt(n % CREDIT_CHARSET.length());
            n /= CREDIT_CHARSET.length();
        }
        code.append(body);
        String full = code.append(CreditCode.checkCharacter(code.toString())).toString();
        if (!CreditCode.isValid(full)) {
            throw new IllegalStateException("Generated an invalid credit code " + full);
        }
        return full;
    }

    /**
     * Lays out the tree in memory: ids, parents, paths, types, enterprises and member counts. An organization is
     * formed only in enterprises operating on its founding date (rule E4): closed enterprises are left without one,
     * and the founding is moved to the latest founding of its enterprises where that is later.
     */
    private void planOrganizations() {
        Org root = org(-1, OrganizationType.WORKING_COMMITTEE, "基准市党工委", 0, LocalDate.of(2000, 1, 1));
        int[] committees = new int[scale.parks + 1];
        for (int p = 0; p <= scale.parks; p++) {
            committees[p] = orgs.size();
            org(0, OrganizationType.COMMITTEE, p == scale.parks ? SMALL_COMMITTEE : "基准园区" + (p + 1) + "党委", p,
                    LocalDate.of(2005, 1, 1).plusDays(p * 30L));
        }
        int[] nextEnterprise = new int[scale.parks];
        for (int p = 0; p < scale.parks; p++) {
            nextEnterprise[p] = p;
        }
        int budget = scale.organizations - orgs.size() - SMALL_COMMITTEE_BRANCHES;
        List<Integer> generalBranches = new ArrayList<>();
        List<Integer> branches = new ArrayList<>();
        for (int n = 0; n < budget; n++) {
            Random r = random(2, n);
            int park = n % scale.parks;
            int kind = r.nextInt(100);
            LocalDate established = LocalDate.of(2010, 1, 1).plusDays(r.nextInt(4700));
            if (kind < 6) {
                Org gb = org(committees[park], OrganizationType.GENERAL_BRANCH, "基准总支" + (n + 1), park, established);
                takeEnterprises(gb, park, 1, nextEnterprise);
                generalBranches.add(orgs.size() - 1);
            } else if (kind < 84 || branches.isEmpty()) {
                boolean joint = kind >= 70 && kind < 84;
                int parent = committees[park];
                int gbOfPark = generalBranches.isEmpty() ? -1 : generalBranches.get(generalBranches.size() - 1);
                if (!joint && gbOfPark >= 0 && orgs.get(gbOfPark).park == park && r.nextInt(3) == 0) {
                    parent = gbOfPark;
                    established = established.isBefore(orgs.get(gbOfPark).establishedOn)
                            ? orgs.get(gbOfPark).establishedOn : established;
                }
                Org branch = org(parent, joint ? OrganizationType.JOINT_BRANCH : OrganizationType.BRANCH,
                        (joint ? "基准联合支部" : "基准支部") + (n + 1), park, established);
                takeEnterprises(branch, park, joint ? 2 + r.nextInt(4) : 1, nextEnterprise);
                branch.dissolved = r.nextInt(50) == 0;
                branches.add(orgs.size() - 1);
            } else {
                int parent = branches.get(branches.size() - 1 - r.nextInt(Math.min(branches.size(), 20)));
                Org group = org(parent, OrganizationType.GROUP, "基准党小组" + (n + 1), orgs.get(parent).park,
                        orgs.get(parent).establishedOn.plusDays(30));
                group.dissolved = orgs.get(parent).dissolved;
                group.memberSource = parent;
                orgs.get(parent).groups.add(orgs.size() - 1);
            }
        }
        // members over the active branches, a random share each
        List<Org> homes = branches.stream().map(orgs::get).filter(o -> !o.dissolved).toList();
        double[] weights = new double[homes.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.3 + 1.4 * random(3, i).nextDouble();
            sum += weights[i];
        }
        int members = scale.members - SMALL_COMMITTEE_BRANCHES * SMALL_COMMITTEE_BRANCH_SIZE;
        int assigned = 0;
        for (int i = 0; i < homes.size(); i++) {
            int count = i == homes.size() - 1 ? members - assigned
                    : (int) Math.round(members * weights[i] / sum);
            homes.get(i).memberCount = Math.max(0, Math.min(count, members - assigned));
            assigned += homes.get(i).memberCount;
        }
        for (int b = 0; b < SMALL_COMMITTEE_BRANCHES; b++) {
            Org branch = org(committees[scale.parks], OrganizationType.BRANCH, "基准小园区支部" + (b + 1), scale.parks,
                    LocalDate.of(2012, 3, 1).plusDays(b * 40L));
            formIn(branch, scale.enterprises + b);
            branch.memberCount = SMALL_COMMITTEE_BRANCH_SIZE;
        }
        org(0, OrganizationType.BRANCH, IMPORT_BRANCH, scale.parks, LocalDate.of(2015, 1, 1));
        boolean[] organized = new boolean[enterpriseClosed.length];
        orgs.forEach(o -> o.enterprises.forEach(e -> organized[e] = true));
        Map<Integer, List<Integer>> free = new java.util.HashMap<>();
        for (int e = 0; e < scale.enterprises; e++) {
            if (!organized[e] && !enterpriseClosed[e]) {
                free.computeIfAbsent(e % scale.parks, p -> new ArrayList<>()).add(e);
            }
        }
        free.forEach((park, list) -> unorganized.put(park,
                List.copyOf(list.subList(0, Math.max(1, list.size() / 20)))));
        long member = nextId;
        for (Org org : orgs) {
            org.firstMember = member;
            member += org.memberCount;
            org.committee = org.type == OrganizationType.COMMITTEE || org.type == OrganizationType.WORKING_COMMITTEE
                    || org.type == OrganizationType.GENERAL_BRANCH || org.memberCount >= 7;
        }
        nextId = member;
        root.committee = true;
    }

    private Org org(int parent, OrganizationType type, String name, int park, LocalDate established) {
        Org org = new Org();
        org.id = id();
        org.parent = parent;
        org.type = type;
        org.name = name;
        org.park = park;
        org.establishedOn = established;
        org.path = (parent < 0 ? "/" : orgs.get(parent).path) + org.id + "/";
        orgs.add(org);
        return org;
    }

    private void takeEnterprises(Org org, int park, int count, int[] next) {
        for (int taken = 0; taken < count && next[park] < scale.enterprises; next[park] += scale.parks) {
            if (!enterpriseClosed[next[park]]) {
                formIn(org, next[park]);
                taken++;
            }
        }
    }

    /** Rule E4: the enterprise operates on the organization's founding date (founded on or before it). */
    private void formIn(Org org, int enterprise) {
        org.enterprises.add(enterprise);
        LocalDate founded = LocalDate.ofEpochDay(enterpriseFounded[enterprise]);
        if (founded.isAfter(org.establishedOn)) {
            org.establishedOn = founded;
        }
    }

    private long organizations(Connection connection) throws SQLException {
        try (CopyTable copy = new CopyTable(connection, "organization",
                "id, version, name, type, parent_id, path, established_on, dissolved_on, dissolution_reason, status")) {
            for (Org org : orgs) {
                LocalDate dissolvedOn = org.dissolved ? today.minusDays(30 + org.id % 300) : null;
                copy.row(org.id, 1, org.name, org.type.name(), org.parent < 0 ? null : orgs.get(org.parent).id,
                        org.path, org.establishedOn, dissolvedOn, org.dissolved ? "基准：企业注销" : null,
                        org.dissolved ? "DISSOLVED" : "ACTIVE");
            }
            return copy.rows();
        }
    }

    /**
     * The current links and the same links as dated periods (rule E8): links given at the founding start on the
     * founding date and stay open (a dissolution does not end them; coverage reads the organization's dates too).
     */
    private Map<String, Long> links(Connection connection) throws SQLException {
        Map<String, Long> rows = new java.util.LinkedHashMap<>();
        try (CopyTable copy = new CopyTable(connection, "organization_enterprise", "organization_id, enterprise_id")) {
            for (Org org : orgs) {
                for (int e : org.enterprises) {
                    copy.row(org.id, enterpriseIds[e]);
                }
            }
            rows.put("organization_enterprise", copy.rows());
        }
        try (CopyTable copy = new CopyTable(connection, "enterprise_link",
                "organization_id, enterprise_id, from_on, to_on")) {
            for (Org org : orgs) {
                for (int e : org.enterprises) {
                    copy.row(org.id, enterpriseIds[e], org.establishedOn, null);
                }
            }
            rows.put("enterprise_link", copy.rows());
        }
        return rows;
    }

    /** A current term per organization (and the one before it where the organization is older). */
    private long terms(Connection connection) throws SQLException {
        try (CopyTable copy = new CopyTable(connection, "term", "id, version, organization_id, term_number, "
                + "elected_on, years, expires_on, seats, eligible_voters, votes_cast, ended_on")) {
            for (int i = 0; i < orgs.size(); i++) {
                Org org = orgs.get(i);
                if (org.dissolved) {
                    continue;
                }
                Random r = random(4, i);
                int years = org.type == OrganizationType.COMMITTEE || org.type == OrganizationType.WORKING_COMMITTEE
                        ? 5 : 3;
                LocalDate elected = today.minusDays(30 + r.nextInt(years * 365 - 60));
                if (elected.isBefore(org.establishedOn)) {
                    elected = org.establishedOn;
                }
                int number = 1;
                if (elected.minusYears(years).isAfter(org.establishedOn)) {
                    LocalDate before = elected.minusYears(years);
                    copy.row(id(), 1, org.id, number++, before, years, before.plusYears(years), null, null, null,
                            elected);
                }
                Integer seatCount = org.committee ? (org.memberCount >= 30 || org.memberCount == 0 ? 7 : 5) : null;
                long term = id();
                copy.row(term, 1, org.id, number, elected, years, elected.plusYears(years), seatCount,
                        org.memberCount > 0 ? org.memberCount : null, org.memberCount > 0 ? org.memberCount : null,
                        null);
                if (seatCount != null && org.memberCount > 0) {
                    seats.add(new long[] {term, org.firstMember});
                }
            }
            return copy.rows();
        }
    }

    /** Terms with a committee and members: the first member holds the secretary's seat. */
    private final List<long[]> seats = new ArrayList<>();

    private long seats(Connection connection) throws SQLException {
        try (CopyTable copy = new CopyTable(connection, "committee_seat", "id, version, term_id, member_id, seat")) {
            for (long[] seat : seats) {
                copy.row(id(), 1, seat[0], seat[1], "SECRETARY");
            }
            return copy.rows();
        }
    }

    private long instructors(Connection connection) throws SQLException {
        try (CopyTable copy = new CopyTable(connection, "instructor_assignment",
                "id, version, enterprise_id, name, role, from_on, to_on")) {
            for (int i = 0; i < scale.enterprises; i += 5) {
                Random r = random(5, i);
                LocalDate from = LocalDate.of(2018, 1, 1).plusDays(r.nextInt(2000));
                LocalDate to = r.nextBoolean() ? from.plusDays(200 + r.nextInt(900)) : null;
                copy.row(id(), 1, enterpriseIds[(i * 7 + 3) % scale.enterprises], personName(r),
                        i % 2 == 0 ? "INSTRUCTOR" : "LIAISON", from, to != null && to.isAfter(today) ? null : to);
            }
            return copy.rows();
        }
    }

    /** A brand per park committee; a tenth of the activities below it carry it. */
    private final Map<Integer, Long> brandOfPark = new java.util.HashMap<>();

    private long brands(Connection connection) throws SQLException {
        try (CopyTable copy = new CopyTable(connection, "brand",
                "id, version, name, slogan, organization_id, founded_on, description")) {
            for (Org org : orgs) {
                if (org.type == OrganizationType.COMMITTEE) {
                    long brand = id();
                    brandOfPark.put(org.park, brand);
                    copy.row(brand, 1, "红色引擎" + (org.park + 1), "党建引领发展", org.id, LocalDate.of(2019, 7, 1),
                            null);
                }
            }
            return copy.rows();
        }
    }

    /** One member's generated facts, derived again from its id by every pass. */
    record Person(long id, String name, LocalDate birth, boolean male, String idNumber, Steps steps, Stage stage,
                  MemberStatus status, LocalDate statusSince, LocalDate suspendedFrom, LocalDate suspendedUntil) {

        boolean owesDues() {
            return stage.isMember() && (status == MemberStatus.ACTIVE || status == MemberStatus.SUSPENDED);
        }
    }

    Person person(long memberId) {
        int index = (int) (memberId - FIRST_ID);
        Random r = random(6, memberId);
        // 25,000 birth days from 1940, each used once per block of 25,000 members, 90 area codes, 500 sequence numbers
        int day = (int) ((index * 7_919L) % 25_000);
        int block = index / 25_000;
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(day);
        boolean male = r.nextInt(10) < 7;
        String first17 = String.format("3707%02d%s%03d", 1 + block % 90, birth.toString().replace("-", ""),
                (block / 90 % 500) * 2 + (male ? 1 : 0));
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        LocalDate adult = birth.plusYears(Steps.ADULT_AGE);
        Steps steps;
        long span = today.toEpochDay() - adult.toEpochDay();
        if (span < 4 * 365 || r.nextInt(100) < 4) {
            LocalDate applied = adult.plusDays(r.nextInt((int) Math.max(1, span - 30)));
            LocalDate activist = r.nextBoolean() && applied.plusDays(120).isBefore(today) ? applied.plusDays(90)
                    : null;
            steps = new Steps(applied, activist, null, null, null);
        } else {
            LocalDate probationary = adult.plusDays(3 * 365 + r.nextInt((int) (span - 3 * 365)));
            LocalDate development = probationary.minusDays(30 + r.nextInt(300));
            LocalDate activist = development.minusYears(1).minusDays(r.nextInt(180));
            LocalDate applied = activist.minusDays(30 + r.nextInt(150));
            if (applied.isBefore(adult)) {
                applied = adult;
                activist = activist.isBefore(adult) ? adult : activist;
            }
            LocalDate full = probationary.plusYears(1).plusDays(r.nextInt(30));
            steps = new Steps(applied, activist, development, probationary, full.isAfter(today) ? null : full);
        }
        steps.check(birth, null, today);
        Stage stage = steps.stage();
        MemberStatus status = MemberStatus.ACTIVE;
        LocalDate since = null;
        LocalDate suspendedFrom = null;
        LocalDate suspendedUntil = null;
        int fate = r.nextInt(100);
        LocalDate latest = steps.latest();
        long after = today.toEpochDay() - latest.toEpochDay();
        if (stage.isMember() && after > 60) {
            LocalDate when = latest.plusDays(1 + r.nextInt((int) after - 1));
            if (fate < 2) {
                status = MemberStatus.SUSPENDED;
                since = when;
                suspendedFrom = when;
            } else if (fate < 3) {
                suspendedFrom = when;
                suspendedUntil = when.plusDays(1 + r.nextInt((int) (today.toEpochDay() - when.toEpochDay())));
                since = suspendedUntil;
            } else if (fate < 5) {
                status = MemberStatus.DECEASED;
                since = when;
            } else if (fate < 6) {
                status = MemberStatus.REMOVED;
                since = when;
            }
        }
        return new Person(memberId, personName(r), birth, male, idNumber, steps, stage, status, since,
                suspendedFrom, suspendedUntil);
    }

    private static String personName(Random r) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(r.nextInt(SURNAMES.length())))
                .append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        if (r.nextInt(3) > 0) {
            name.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** A member's facts besides the person: work unit, codes (rule M22), a pending transfer, a party group. */
    record MemberFacts(int workUnit, String ethnicity, String education, boolean transfers, Placement placement) {
    }

    /** A placement in a party group (rule M19): the group's organization index, from, and to (or null). */
    record Placement(int group, LocalDate placedOn, LocalDate endedOn) {
    }

    /** GB 3304 codes of the application's list, most members Han. */
    private static final String[] ETHNICITIES = codes(org.partyregistry.member.entity.CodeList.ETHNICITY,
            "汉族", 92, "回族", 3, "满族", 2, "蒙古族", 1, "朝鲜族", 1, "壮族", 1);
    /** GB/T 4658 levels of the application's list. */
    private static final String[] EDUCATIONS = codes(org.partyregistry.member.entity.CodeList.EDUCATION,
            "博士研究生", 4, "硕士研究生", 26, "大学本科", 45, "大学专科", 15, "中等职业教育", 5, "普通高中", 5);

    /** A hundred codes: each name's code as many times as its weight. */
    private static String[] codes(org.partyregistry.member.entity.CodeList list, Object... namesAndWeights) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < namesAndWeights.length; i += 2) {
            String code = list.code((String) namesAndWeights[i]).orElseThrow();
            for (int n = 0; n < (Integer) namesAndWeights[i + 1]; n++) {
                codes.add(code);
            }
        }
        return codes.toArray(String[]::new);
    }

    /**
     * The facts of member {@code p} of organization {@code o}: a work unit at one of its enterprises (four in five;
     * one member in ten works instead at one of the few enterprises of the park with no organization),
     * which holds from the earliest date of the member's history (rule E8), and for a party member of a branch with
     * groups (nine in ten) a placement in one of them from the later of admission and the group's founding, ended on
     * the day of death or removal (rule M19).
     */
    MemberFacts facts(int o, Person p) {
        Org org = orgs.get(o);
        Random r = random(7, p.id());
        int workUnit = org.enterprises.isEmpty() || r.nextInt(5) == 0 ? -1
                : org.enterprises.get(r.nextInt(org.enterprises.size()));
        List<Integer> elsewhere = unorganized.getOrDefault(org.park, List.of());
        if (r.nextInt(10) == 0 && !elsewhere.isEmpty()) {
            workUnit = elsewhere.get(r.nextInt(elsewhere.size()));
        }
        String ethnicity = ETHNICITIES[r.nextInt(ETHNICITIES.length)];
        String education = EDUCATIONS[r.nextInt(EDUCATIONS.length)];
        boolean transfers = p.owesDues() && p.status() == MemberStatus.ACTIVE && r.nextInt(100) == 0 && o > 0;
        Placement placement = null;
        if (!org.groups.isEmpty() && p.stage().isMember() && r.nextInt(10) > 0) {
            int group = org.groups.get(r.nextInt(org.groups.size()));
            LocalDate admitted = p.steps().probationaryOn() != null ? p.steps().probationaryOn() : p.steps().fullOn();
            LocalDate on = admitted.isBefore(orgs.get(group).establishedOn) ? orgs.get(group).establishedOn : admitted;
            boolean gone = p.status() == MemberStatus.DECEASED || p.status() == MemberStatus.REMOVED;
            if (!on.isAfter(today) && !(gone && !p.statusSince().isAfter(on))) {
                placement = new Placement(group, on, gone ? p.statusSince() : null);
            }
        }
        return new MemberFacts(workUnit, ethnicity, education, transfers, placement);
    }

    private Map<String, Long> members(Connection connection) throws SQLException {
        List<long[]> transfers = new ArrayList<>();
        long suspensions = 0;
        long firstMember = orgs.get(0).firstMember;
        memberWorkUnit = new int[orgs.stream().mapToInt(o -> o.memberCount).sum()];
        java.util.Arrays.fill(memberWorkUnit, -1);
        memberWorkUnitFrom = new int[memberWorkUnit.length];
        try (CopyTable copy = new CopyTable(connection, "member", "id, version, name, sex, birth_date, ethnicity, "
                + "education, phone, id_number_cipher, id_number_hash, organization_id, enterprise_id, applied_on, "
                + "activist_on, development_target_on, probationary_on, full_on, stage, party_standing_start, "
                + "status, status_since, probation_cancelled")) {
            for (int o = 0; o < orgs.size(); o++) {
                Org org = orgs.get(o);
                for (int k = 0; k < org.memberCount; k++) {
                    Person p = person(org.firstMember + k);
                    IdNumber.parse(p.idNumber(), today);
                    MemberFacts f = facts(o, p);
                    Long workUnit = f.workUnit() < 0 ? null : enterpriseIds[f.workUnit()];
                    Steps s = p.steps();
                    copy.row(p.id(), 1, p.name(), p.male() ? "MALE" : "FEMALE", p.birth(), f.ethnicity(),
                            f.education(), null, cipher.encrypt(p.idNumber()),
                            cipher.hash(p.idNumber()), org.id, workUnit, s.appliedOn(), s.activistOn(),
                            s.developmentTargetOn(), s.probationaryOn(), s.fullOn(), p.stage().name(),
                            s.standingStart(), p.status().name(), p.statusSince(), false);
                    int index = (int) (p.id() - firstMember);
                    memberWorkUnit[index] = f.workUnit();
                    memberWorkUnitFrom[index] = (int) s.earliest().toEpochDay();
                    if (f.transfers()) {
                        transfers.add(new long[] {p.id(), o});
                    }
                    if (f.placement() != null) {
                        placements.computeIfAbsent(f.placement().group(), g -> new ArrayList<>()).add(new long[] {
                            p.id(), f.placement().placedOn().toEpochDay(),
                            f.placement().endedOn() == null ? -1 : f.placement().endedOn().toEpochDay()});
                    }
                }
            }
        }
        long workUnits;
        try (CopyTable copy = new CopyTable(connection, "member_work_unit",
                "member_id, enterprise_id, from_on, to_on")) {
            for (int i = 0; i < memberWorkUnit.length; i++) {
                if (memberWorkUnit[i] >= 0) {
                    copy.row(firstMember + i, enterpriseIds[memberWorkUnit[i]],
                            LocalDate.ofEpochDay(memberWorkUnitFrom[i]), null);
                }
            }
            workUnits = copy.rows();
        }
        long placementRows;
        try (CopyTable copy = new CopyTable(connection, "group_placement",
                "id, version, member_id, group_id, placed_on, ended_on")) {
            for (int g = 0; g < orgs.size(); g++) {
                for (long[] placement : placements.getOrDefault(g, List.of())) {
                    copy.row(id(), 1, placement[0], orgs.get(g).id, LocalDate.ofEpochDay(placement[1]),
                            placement[2] < 0 ? null : LocalDate.ofEpochDay(placement[2]));
                }
            }
            placementRows = copy.rows();
        }
        try (CopyTable copy = new CopyTable(connection, "member_suspension",
                "member_id, suspended_from, suspended_until")) {
            for (Org org : orgs) {
                for (int k = 0; k < org.memberCount; k++) {
                    Person p = person(org.firstMember + k);
                    if (p.suspendedFrom() != null) {
                        copy.row(p.id(), p.suspendedFrom(), p.suspendedUntil());
                    }
                }
            }
            suspensions = copy.rows();
        }
        long transferRows;
        try (CopyTable copy = new CopyTable(connection, "member_transfer", "id, version, member_id, "
                + "from_organization_id, to_organization_id, to_external, sent_on, status, decided_on, reason")) {
            for (long[] t : transfers) {
                Org from = orgs.get((int) t[1]);
                Org to = siblingWithMembers((int) t[1]);
                Random r = random(8, t[0]);
                LocalDate sent = today.minusDays(1 + r.nextInt(60));
                if (to == null || r.nextBoolean()) {
                    copy.row(id(), 1, t[0], from.id, null, "外省某党组织", sent, "PENDING", null, null);
                } else {
                    copy.row(id(), 1, t[0], from.id, to.id, null, sent, "PENDING", null, null);
                }
            }
            transferRows = copy.rows();
        }
        return Map.of("member", (long) scale.members, "member_suspension", suspensions, "member_transfer",
                transferRows, "member_work_unit", workUnits, "group_placement", placementRows);
    }

    private Org siblingWithMembers(int index) {
        for (int i = index + 1; i < Math.min(orgs.size(), index + 50); i++) {
            if (orgs.get(i).memberCount > 0 && !orgs.get(i).dissolved) {
                return orgs.get(i);
            }
        }
        return null;
    }

    /** The first day of the 24 complete months before this one. */
    LocalDate windowStart() {
        return YearMonth.from(today).minusMonths(MONTHS).atDay(1);
    }

    private Map<String, Long> activities(Connection connection) throws SQLException {
        Map<OrganizationType, Map<ActivityType, Frequency>> required = new EnumMap<>(OrganizationType.class);
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT organization_type, activity_type, frequency FROM activity_requirement")) {
            while (result.next()) {
                required.computeIfAbsent(OrganizationType.valueOf(result.getString(1)),
                        t -> new EnumMap<>(ActivityType.class)).put(ActivityType.valueOf(result.getString(2)),
                        Frequency.valueOf(result.getString(3)));
            }
        }
        LocalDate from = windowStart();
        List<long[]> attendance = new ArrayList<>();
        long activityRows;
        try (CopyTable copy = new CopyTable(connection, "activity", "id, version, organization_id, activity_type, "
                + "title, held_on, location, topic, host, brand_id, is_valid, invalid_reason, quorum_present, "
                + "quorum_base")) {
            for (int o = 0; o < orgs.size(); o++) {
                Org org = orgs.get(o);
                Map<ActivityType, Frequency> types = required.get(org.type);
                if (org.dissolved || types == null || org.establishedOn.isAfter(from)) {
                    continue;
                }
                Org source = org.memberSource >= 0 ? orgs.get(org.memberSource) : org;
                Random r = random(9, o);
                for (Map.Entry<ActivityType, Frequency> need : types.entrySet()) {
                    if (need.getKey() == ActivityType.BRANCH_COMMITTEE_MEETING && !org.committee
                            || need.getValue() == Frequency.NONE) {
                        continue;
                    }
                    int months = switch (need.getValue()) {
                        case MONTHLY -> 1;
                        case QUARTERLY -> 3;
                        default -> 12;
                    };
                    LocalDate end = from.plusMonths(MONTHS);
                    for (LocalDate period = from.withMonth((from.getMonthValue() - 1) / months * months + 1);
                         period.isBefore(end); period = period.plusMonths(months)) {
                        if (r.nextInt(100) < 8) {
                            continue;
                        }
                        LocalDate low = period.isBefore(from) ? from : period;
                        LocalDate high = period.plusMonths(months).isAfter(end) ? end : period.plusMonths(months);
                        LocalDate held = low.plusDays(r.nextInt((int) (high.toEpochDay() - low.toEpochDay())));
                        boolean valid = r.nextInt(100) >= 5;
                        // rule ACT17: a party group's roll is its members placed in it on the day
                        long[] groupRoll = org.type == OrganizationType.GROUP ? placedOn(o, held) : null;
                        int listed = Math.min(ATTENDANCE_LISTED,
                                groupRoll != null ? groupRoll.length : source.memberCount);
                        long activity = id();
                        Long brand = r.nextInt(10) == 0 ? brandOfPark.get(org.park) : null;
                        copy.row(activity, 1, org.id, need.getKey().name(), title(need.getKey(), held), held,
                                "党员活动室", null, null, brand, valid, valid ? null : Validity.NO_QUORUM,
                                listed == 0 ? null : valid ? listed : listed / 3, listed == 0 ? null : listed);
                        if (listed > 0 && groupRoll != null) {
                            long[] row = new long[5 + groupRoll.length];
                            row[0] = activity;
                            row[1] = -1;
                            row[2] = groupRoll.length;
                            row[3] = held.toEpochDay();
                            row[4] = valid ? 1 : 0;
                            System.arraycopy(groupRoll, 0, row, 5, groupRoll.length);
                            attendance.add(row);
                        } else if (listed > 0) {
                            attendance.add(new long[] {activity, source.firstMember, source.memberCount,
                                    held.toEpochDay(), valid ? 1 : 0});
                        }
                    }
                }
            }
            activityRows = copy.rows();
        }
        try (CopyTable copy = new CopyTable(connection, "activity_attendance",
                "activity_id, member_id, attended_on, status")) {
            for (long[] a : attendance) {
                Random r = random(10, a[0]);
                int count = (int) a[2];
                int start = r.nextInt(count);
                int listed = Math.min(ATTENDANCE_LISTED, count);
                LocalDate on = LocalDate.ofEpochDay(a[3]);
                for (int k = 0; k < listed; k++) {
                    int roll = r.nextInt(100);
                    String status = a[4] == 0 && k >= listed / 3 ? "ABSENT"
                            : roll < 85 ? "PRESENT" : roll < 95 ? "EXCUSED" : "ABSENT";
                    copy.row(a[0], a[1] < 0 ? a[5 + (start + k) % count] : a[1] + (start + k) % count, on, status);
                }
            }
            return Map.of("activity", activityRows, "activity_attendance", copy.rows());
        }
    }

    /** Rule ACT20: the tally of the activities, by the statements the migration and the application rebuild it with. */
    private static long tally(Connection connection) throws SQLException {
        long rows = 0;
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM activity_tally");
            for (String rebuild : org.partyregistry.activity.control.ActivityTally.REBUILD) {
                rows += statement.executeUpdate(rebuild);
            }
        }
        return rows;
    }

    /**
     * Rule D8's summary from the facts just generated, by the very statement the migration's backfill and the
     * administrator's rebuild run (after the indexes are back: it reads each member's months by index).
     */
    private static long standing(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM dues_standing");
            return statement.executeUpdate(org.partyregistry.dues.control.DuesStandings.INSERT
                    + org.partyregistry.dues.control.DuesStandings.rebuildStatement());
        }
    }

    /** The members placed in party group {@code group} (organization index) on {@code day} (rule M20). */
    private long[] placedOn(int group, LocalDate day) {
        long epochDay = day.toEpochDay();
        return placements.getOrDefault(group, List.of()).stream()
                .filter(p -> p[1] <= epochDay && (p[2] < 0 || p[2] > epochDay)).mapToLong(p -> p[0]).toArray();
    }

    private static String title(ActivityType type, LocalDate held) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + YearMonth.from(held);
    }

    /**
     * Dues of the last two years for every member who owes them (rule D11): the confirmed years, their months from
     * admission on, and payments of 1, 3 or 6 months paid after the last month they cover; about one member in
     * fourteen stopped paying some months ago, so the arrears list has rows.
     */
    private Map<String, Long> dues(Connection connection) throws SQLException {
        YearMonth lastComplete = YearMonth.from(today).minusMonths(1);
        int[] years = {today.getYear() - 1, today.getYear()};
        List<long[]> months = new ArrayList<>(1 << 16);
        long yearRows;
        long monthRows = 0;
        long paymentRows = 0;
        try (CopyTable copy = new CopyTable(connection, "dues_year", "id, version, member_id, dues_year, category, "
                + "income, standard_monthly, monthly, confirmed, confirmed_on")) {
            for (Org org : orgs) {
                for (int k = 0; k < org.memberCount; k++) {
                    Person p = person(org.firstMember + k);
                    if (!p.owesDues()) {
                        continue;
                    }
                    Random r = random(11, p.id());
                    YearMonth admitted = YearMonth.from(p.steps().probationaryOn());
                    BigDecimal income = BigDecimal.valueOf(3000 + r.nextInt(27000));
                    DuesAssessment dues = DuesCalculator.assess(DuesCategory.IN_SERVICE, income);
                    for (int year : years) {
                        if (admitted.getYear() > year) {
                            continue;
                        }
                        long row = id();
                        copy.row(row, 1, p.id(), year, "IN_SERVICE", income, dues.monthly(), dues.monthly(), true,
                                LocalDate.of(year, 1, 15));
                        months.add(new long[] {p.id(), row, year, dues.monthly().movePointRight(2).longValue(),
                                admitted.getYear() * 12L + admitted.getMonthValue() - 1, 0, 0});
                    }
                }
            }
            yearRows = copy.rows();
        }
        // payments first (the months refer to them): one pass decides, per member year, which months are paid
        List<long[]> paid = new ArrayList<>();
        try (CopyTable copy = new CopyTable(connection, "dues_payment",
                "id, version, member_id, paid_on, amount, method, recorded_by")) {
            long member = -1;
            Random r = null;
            int batch = 1;
            YearMonth stopped = null;
            for (long[] y : months) {
                if (y[0] != member) {
                    member = y[0];
                    r = random(12, member);
                    int kind = r.nextInt(100);
                    batch = kind < 10 ? 1 : kind < 80 ? 3 : 6;
                    stopped = r.nextInt(14) == 0 ? lastComplete.minusMonths(r.nextInt(10)) : null;
                }
                YearMonth first = YearMonth.of((int) y[2], 1);
                YearMonth admitted = YearMonth.of((int) (y[4] / 12), (int) (y[4] % 12) + 1);
                if (admitted.isAfter(first)) {
                    first = admitted;
                }
                YearMonth lastPaid = stopped != null && stopped.isBefore(lastComplete) ? stopped.minusMonths(1)
                        : lastComplete;
                YearMonth end = YearMonth.of((int) y[2], 12);
                y[5] = paid.size();
                for (YearMonth m = first; !m.isAfter(end) && !m.isAfter(lastPaid); ) {
                    YearMonth to = m.plusMonths(batch - 1);
                    if (to.isAfter(end)) {
                        to = end;
                    }
                    if (to.isAfter(lastPaid)) {
                        to = lastPaid;
                    }
                    int count = (int) (to.getYear() * 12L + to.getMonthValue() - m.getYear() * 12L
                            - m.getMonthValue() + 1);
                    LocalDate paidOn = to.plusMonths(1).atDay(1 + r.nextInt(10));
                    if (paidOn.isAfter(today)) {
                        paidOn = today;
                    }
                    long payment = id();
                    copy.row(payment, 1, member, paidOn, BigDecimal.valueOf(y[3] * count, 2),
                            r.nextBoolean() ? "ONLINE" : "BANK_TRANSFER", "bench");
                    paid.add(new long[] {member, m.getYear() * 12L + m.getMonthValue() - 1,
                            to.getYear() * 12L + to.getMonthValue() - 1, payment});
                    m = to.plusMonths(1);
                }
                y[6] = paid.size();
            }
            paymentRows = copy.rows();
        }
        try (CopyTable copy = new CopyTable(connection, "dues_month",
                "id, version, member_id, dues_year_id, month_start, amount_due, payment_id, amount_paid")) {
            for (long[] y : months) {
                long firstMonth = Math.max(y[2] * 12, y[4]);
                BigDecimal amount = BigDecimal.valueOf(y[3], 2);
                int cursor = (int) y[5];
                for (long m = firstMonth; m < (y[2] + 1) * 12; m++) {
                    while (cursor < y[6] && paid.get(cursor)[2] < m) {
                        cursor++;
                    }
                    Long payment = cursor < y[6] && paid.get(cursor)[1] <= m ? paid.get(cursor)[3] : null;
                    copy.row(id(), 1, y[0], y[1], YearMonth.of((int) (m / 12), (int) (m % 12) + 1).atDay(1), amount,
                            payment, payment == null ? null : amount);
                }
            }
            monthRows = copy.rows();
        }
        return Map.of("dues_year", yearRows, "dues_payment", paymentRows, "dues_month", monthRows);
    }
}
