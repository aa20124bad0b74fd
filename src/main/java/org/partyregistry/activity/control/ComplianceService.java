package org.partyregistry.activity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationPath;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.DateRange;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Compliance (rules ACT8, ACT10, ACT15, ACT16, ACT18, ACT19): one organization's report, the organizations falling
 * behind, and the table of all organizations under one against all activity types, each from the same few
 * statements ({@link ComplianceFacts}) and rules ({@link ComplianceRules}). Read-only, in the caller's scope.
 */
@ApplicationScoped
public class ComplianceService {

    /** Rule ACT16: the longest period a report covers. */
    public static final int MAX_YEARS = 10;

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    ComplianceFacts facts;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    ComplianceKept kept;

    /** Rules ACT8, ACT15, ACT16, ACT18: the organization's report over {@code from..to}, and the period in progress. */
    @Transactional
    public ComplianceReport compliance(long organizationId, LocalDate from, LocalDate to) {
        Organization organization = organization(organizationId);
        currentUser.scope().requireRead(organization.getPath());
        checkPeriod(from, to);
        LocalDate today = clock.today();
        LocalDate yearStart = today.withDayOfYear(1);
        ComplianceRules.Facts loaded = facts.load(ComplianceFacts.Target.one(organizationId, organization.getPath()),
                from, to, from.isBefore(yearStart) ? from : yearStart, to.isAfter(today) ? to : today);
        return ComplianceRules.reports(loaded, new ComplianceRules.Request(from, to, today, true))
                .get(organizationId);
    }

    /**
     * Rule ACT10: the organizations in the caller's scope that existed during {@code from..to}, are not dissolved,
     * and miss something required in it, in tree order (never ranked).
     */
    @Transactional
    public List<ComplianceReport> behind(LocalDate from, LocalDate to) {
        return behind(from, to, null, null).items();
    }

    /**
     * Rules ACT10, ACT20: one page of {@link #behind(LocalDate, LocalDate)}: the organizations after {@code after}
     * (an organization of the table, in tree order; null from the first) up to {@code limit} (null: all), with how
     * many there are in all and the last one's id when more follow.
     */
    @Transactional
    public Page<ComplianceReport> behind(LocalDate from, LocalDate to, Long after, Integer limit) {
        Scope scope = currentUser.scope();
        checkPeriod(from, to);
        checkLimit(limit);
        OrganizationReports loaded = computed(scope.pathPrefix(), from, to);
        // what each organization misses in all is kept beside its figures: only the page's figures are read
        List<OrganizationLife> organizations = loaded.organizations();
        List<Integer> behind = new ArrayList<>();
        for (int i = 0; i < organizations.size(); i++) {
            if (organizations.get(i).dissolvedOn() == null && loaded.missing(i) > 0) {
                behind.add(i);
            }
        }
        Page<Integer> page = Page.of(behind, i -> organizations.get(i).id(), () -> order(organizations), after,
                limit);
        return new Page<>(page.items().stream().map(loaded::report).toList(), page.total(), page.next());
    }

    /**
     * Rules ACT20, ACT21: the organizations under a path that existed during {@code from..to} in tree order with their
     * reports (without the period in progress): a calendar year's, quarter's or month's from the kept figures, any
     * other period's from the tally.
     */
    private OrganizationReports computed(String path, LocalDate from, LocalDate to) {
        LocalDate today = clock.today();
        DateRange period = ComplianceKept.keptPeriod(from, to, today);
        if (period != null) {
            return kept.reports(path, from, to, period, today);
        }
        ComplianceRules.Facts loaded = facts.loadTallied(path, DateRange.of(from, to), today);
        return OrganizationReports.of(loaded.organizations(),
                ComplianceRules.reports(loaded, new ComplianceRules.Request(from, to, today, false)),
                loaded.frequencies());
    }

    /** The largest page of {@link #behind} and the table. */
    public static final int MAX_LIMIT = 5000;

    /**
     * A page of a list in tree order: {@code total} rows in all, {@code next} the id to ask {@code after} for the
     * following page (null on the last).
     */
    public record Page<T>(List<T> items, int total, Long next) {

        static <T> Page<T> of(List<T> all, java.util.function.Function<T, Long> id,
                              java.util.function.Supplier<Map<Long, Integer>> tree, Long after, Integer limit) {
            int start = 0;
            if (after != null) {
                Map<Long, Integer> order = tree.get();
                Integer position = order.get(after);
                if (position == null) {
                    throw BusinessException.onField("after", "activity.afterUnknown", after);
                }
                while (start < all.size() && order.get(id.apply(all.get(start))) <= position) {
                    start++;
                }
            }
            int end = limit == null ? all.size() : Math.min(all.size(), start + limit);
            List<T> page = all.subList(start, end);
            return new Page<>(List.copyOf(page), all.size(),
                    end < all.size() && !page.isEmpty() ? id.apply(page.get(page.size() - 1)) : null);
        }
    }

    /** Each organization's place in tree order. */
    private static Map<Long, Integer> order(List<OrganizationLife> organizations) {
        Map<Long, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < organizations.size(); i++) {
            order.put(organizations.get(i).id(), i);
        }
        return order;
    }

    private static void checkLimit(Integer limit) {
        if (limit != null && (limit < 1 || limit > MAX_LIMIT)) {
            throw BusinessException.onField("limit", "activity.limitRange", MAX_LIMIT);
        }
    }

    /**
     * Rule ACT19: the chosen organization (by default the caller's own; for staff the zone's top one, or the whole
     * tree when it has several tops) and every organization below it that existed during the period, in tree order,
     * against every required activity type; {@code behindOnly} keeps the rows missing something.
     */
    @Transactional
    public ComplianceMatrix matrix(Long organizationId, LocalDate from, LocalDate to, boolean behindOnly) {
        return matrix(organizationId, from, to, behindOnly, null, null);
    }

    /**
     * Rules ACT19, ACT20: {@link #matrix(Long, LocalDate, LocalDate, boolean)} with its rows paged in tree order
     * (see {@link Page}); the total and the subtotals always cover the whole table, {@code next} names the last row
     * when more follow.
     */
    @Transactional
    public ComplianceMatrix matrix(Long organizationId, LocalDate from, LocalDate to, boolean behindOnly, Long after,
                                   Integer limit) {
        checkLimit(limit);
        Scope scope = currentUser.scope();
        Organization root = organizationId == null ? top(scope) : organization(organizationId);
        String path = root == null ? "/" : root.getPath();
        scope.requireRead(path);
        checkPeriod(from, to);
        OrganizationReports loaded = computed(path, from, to);
        List<ActivityType> types = requiredTypes(loaded.frequencies());
        Set<ActivityType> shown = types.isEmpty() ? java.util.EnumSet.noneOf(ActivityType.class)
                : java.util.EnumSet.copyOf(types);
        int rootDepth = root == null ? 0 : root.depth();
        // a city's table has 50,000 rows and a page shows 100: organizations with the same figures share one list of
        // rows, whose share of the totals is summed once; every row keeps only its figures (for the subtotals and the
        // paging), and only the page's rows get their cells
        Map<List<ComplianceReport.Row>, MatrixShare[]> contributions = new java.util.IdentityHashMap<>();
        long[] typeTotals = new long[ActivityType.values().length * MatrixShare.FIGURES];
        boolean[] typeCounted = new boolean[ActivityType.values().length];
        long[] total = new long[3];
        int behind = 0;
        List<Counted> sums = new ArrayList<>();
        List<ComplianceMatrix.Row> all = new ArrayList<>();
        List<Integer> listed = new ArrayList<>();
        LocalDate periodFrom = null;
        LocalDate periodTo = null;
        for (int i = 0; i < loaded.organizations().size(); i++) {
            OrganizationLife o = loaded.organizations().get(i);
            List<ComplianceReport.Row> mine = loaded.rows(i);
            // a group's meetings are summed into its branch's row when the branch is in the table
            int inBranch = o.type() == OrganizationType.GROUP && loaded.contains(o.parentId()) ? 1 : 0;
            MatrixShare[] both = contributions.computeIfAbsent(mine, r -> new MatrixShare[2]);
            if (both[inBranch] == null) {
                both[inBranch] = MatrixShare.of(mine, shown, inBranch == 1);
                LocalDate first = ComplianceReport.first(mine);
                LocalDate last = ComplianceReport.last(mine);
                periodFrom = first != null && (periodFrom == null || first.isBefore(periodFrom)) ? first : periodFrom;
                periodTo = last != null && (periodTo == null || last.isAfter(periodTo)) ? last : periodTo;
            }
            MatrixShare share = both[inBranch];
            share.addTo(typeTotals, typeCounted);
            total[0] += share.counted().required();
            total[1] += share.counted().valid();
            total[2] += share.counted().missing();
            ComplianceMatrix.Row figures = new ComplianceMatrix.Row(o.id(), o.name(), o.type(), o.parentId(),
                    OrganizationPath.depth(o.path()) - rootDepth, o.dissolvedOn(), Map.of(), share.required(), share.valid(),
                    share.missing(), null);
            behind += figures.behind() ? 1 : 0;
            sums.add(share.counted());
            all.add(figures);
            if (!behindOnly || figures.behind()) {
                listed.add(i);
            }
        }
        Page<Integer> page = Page.of(listed, i -> all.get(i).organizationId(), () -> order(loaded.organizations()),
                after, limit);
        List<ComplianceMatrix.Row> shownRows = new ArrayList<>(page.items().size());
        for (int i : page.items()) {
            shownRows.add(withCells(all.get(i), loaded.rows(i), shown));
        }
        Map<String, ComplianceMatrix.Cell> totals = new LinkedHashMap<>();
        for (ActivityType type : types) {
            int at = type.ordinal() * MatrixShare.FIGURES;
            if (typeCounted[type.ordinal()]) {
                totals.put(type.name(), new ComplianceMatrix.Cell((int) typeTotals[at], typeTotals[at + 1],
                        typeTotals[at + 2], typeTotals[at + 3]));
            }
        }
        return new ComplianceMatrix(root == null ? null : root.getId(), root == null ? null : root.getName(), from, to,
                periodFrom, periodTo,
                behindOnly, types, shownRows, new ComplianceMatrix.Total(totals, (int) total[0], total[1], total[2],
                ComplianceMatrix.rate(total[1], total[0]), loaded.organizations().size(), behind),
                subtotals(all, sums), page.total(), page.next());
    }

    /** Rule ACT19: a row of the table with its cells (the organization's report rows of the types shown) and rate. */
    private static ComplianceMatrix.Row withCells(ComplianceMatrix.Row figures, List<ComplianceReport.Row> rows,
                                                  Set<ActivityType> shown) {
        Map<String, ComplianceMatrix.Cell> cells = new LinkedHashMap<>();
        for (ComplianceReport.Row r : rows) {
            if (shown.contains(r.type())) {
                cells.put(r.type().name(), ComplianceMatrix.Cell.of(r));
            }
        }
        return new ComplianceMatrix.Row(figures.organizationId(), figures.organizationName(), figures.type(),
                figures.parentId(), figures.depth(), figures.dissolvedOn(), cells, figures.required(),
                figures.valid(), figures.missing(), ComplianceMatrix.rate(figures.valid(), figures.required()));
    }

    /**
     * Rule ACT19: each organization at depth 1 (directly below the chosen one) with everything below it: the figures
     * a chart of the rate per park committee is drawn from. {@code rows} in tree order, {@code sums} their figures as
     * counted in the total.
     */
    static List<ComplianceMatrix.Subtotal> subtotals(List<ComplianceMatrix.Row> rows, List<Counted> sums) {
        List<ComplianceMatrix.Subtotal> subtotals = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ComplianceMatrix.Row head = rows.get(i);
            if (head.depth() != 1) {
                continue;
            }
            Counted sum = Counted.NONE;
            int organizations = 0;
            int behind = 0;
            for (int j = i; j < rows.size() && (j == i || rows.get(j).depth() > 1); j++) {
                sum = sum.plus(sums.get(j));
                organizations++;
                behind += rows.get(j).behind() ? 1 : 0;
            }
            subtotals.add(new ComplianceMatrix.Subtotal(head.organizationId(), head.organizationName(), head.type(),
                    (int) sum.required(), sum.valid(), sum.missing(), ComplianceMatrix.rate(sum.valid(), sum.required()),
                    organizations, behind));
        }
        return subtotals;
    }

    /** Rule ACT19: figures as counted in a total: required, valid up to what is required, and missing. */
    record Counted(long required, long valid, long missing) {

        static final Counted NONE = new Counted(0, 0, 0);

        static Counted of(ComplianceMatrix.Cell cell) {
            return new Counted(cell.required(), cell.counted(), cell.missing());
        }

        Counted plus(Counted other) {
            return new Counted(required + other.required, valid + other.valid, missing + other.missing);
        }
    }

    /** Rule ACT16: both days given, {@code from} not after {@code to}, and at most 10 years. */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw BusinessException.onField("from", "activity.periodRequired");
        }
        if (to == null) {
            throw BusinessException.onField("to", "activity.periodRequired");
        }
        if (to.isBefore(from)) {
            throw BusinessException.onField("to", "activity.periodReversed");
        }
        if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            throw BusinessException.onField("to", "activity.periodTooLong", MAX_YEARS);
        }
    }

    /** The activity types some organization type is required to hold, in their order. */
    static List<ActivityType> requiredTypes(Map<OrganizationType, Map<ActivityType, Frequency>> frequencies) {
        Set<ActivityType> required = new HashSet<>();
        frequencies.values().forEach(byType -> byType.forEach((type, frequency) -> {
            if (frequency != Frequency.NONE) {
                required.add(type);
            }
        }));
        return java.util.Arrays.stream(ActivityType.values()).filter(required::contains).toList();
    }

    /**
     * The caller's own organization; for staff, the zone's top organization (the only one without a parent), or
     * null for the whole tree when there are several.
     */
    private Organization top(Scope scope) {
        if (!scope.seesEverything()) {
            return organization(scope.organizationId());
        }
        List<Organization> roots = em.createQuery("""
                SELECT o FROM Organization o WHERE o.parent IS NULL ORDER BY o.path""", Organization.class)
                .setMaxResults(2).getResultList();
        return roots.size() == 1 ? roots.get(0) : null;
    }

    private Organization organization(Long id) {
        if (id == null) {
            throw BusinessException.onField("organizationId", "activity.organizationRequired");
        }
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("Organization", id);
        }
        return organization;
    }
}
