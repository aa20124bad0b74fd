package org.partyregistry.brand.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.brand.entity.Brand;
import org.partyregistry.brand.entity.BrandLogo;
import org.partyregistry.brand.entity.LogoType;
import org.partyregistry.organization.control.Organizations;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.IdCount;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.DateRange;
import org.partyregistry.platform.NativeRows;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Brands (rules B1-B6): reference data every signed-in role reads; writes in the caller's scope, each one a
 * transaction and audited. The record of a brand is read with aggregate SQL over the activity tables.
 */
@ApplicationScoped
public class BrandService {

    /** Rule B6: the longest period a record covers. */
    public static final int MAX_YEARS = 10;

    public record NewBrand(String name, String slogan, Long organizationId, LocalDate foundedOn,
                           String description) {
    }

    public record Logo(LogoType type, byte[] content) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Organizations organizations;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Transactional
    public BrandView create(NewBrand input) {
        Scope scope = currentUser.scope();
        if (input.organizationId() == null) {
            throw BusinessException.onField("organizationId", "brand.organizationRequired");
        }
        Organization organization = organizations.require(input.organizationId());
        requireWrite(scope, organization);
        Brand brand = new Brand(input.name(), input.slogan(), organization, input.foundedOn(), input.description(),
                clock.today());
        requireUniqueName(organization, brand.getName(), null);
        em.persist(brand);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // the same name created in this organization at the same moment: the unique key decides (rule B2)
            throw new org.partyregistry.platform.ConflictException("name", "brand.duplicate", brand.getName(),
                    organization.getName());
        }
        audit.record(scope.username(), brand, "CREATE", Changes.of()
                .set("name", brand.getName())
                .set("slogan", brand.getSlogan())
                .set("organizationId", organization.getId())
                .set("foundedOn", brand.getFoundedOn())
                .set("description", brand.getDescription()));
        return BrandView.of(brand, null, 0);
    }

    /** Rule B1: a brand's name, slogan, founding date and description change; its organization stays. */
    @Transactional
    public BrandView update(long id, NewBrand input, Long version) {
        Scope scope = currentUser.scope();
        Brand brand = brand(id);
        requireWrite(scope, brand.getOrganization());
        if (version == null) {
            throw BusinessException.onField("version", "error.versionRequired");
        }
        brand.checkVersion(version);
        String oldName = brand.getName();
        String oldSlogan = brand.getSlogan();
        LocalDate oldFounded = brand.getFoundedOn();
        String oldDescription = brand.getDescription();
        if (!Brand.normalizedName(input.name()).equals(oldName)) {
            // before the change: a query after it would flush the clashing name into the unique key first
            requireUniqueName(brand.getOrganization(), input.name(), brand.getId());
        }
        brand.describe(input.name(), input.slogan(), input.foundedOn(), input.description(), clock.today());
        Changes changes = Changes.of().change("name", oldName, brand.getName())
                .change("slogan", oldSlogan, brand.getSlogan())
                .change("foundedOn", oldFounded, brand.getFoundedOn())
                .change("description", oldDescription, brand.getDescription());
        if (!changes.isEmpty()) {
            try {
                em.flush();
            } catch (jakarta.persistence.OptimisticLockException e) {
                throw new org.partyregistry.platform.StaleVersionException("Brand", id);
            }
            audit.record(scope.username(), brand, "UPDATE", changes);
        }
        return view(brand);
    }

    /** Rule B4: every signed-in role reads the brands, optionally those of one organization. */
    @Transactional
    public List<BrandView> list(Long organizationId) {
        currentUser.scope();
        List<Brand> brands = organizationId == null
                ? em.createQuery("SELECT b FROM Brand b JOIN FETCH b.organization o ORDER BY o.path, b.name",
                        Brand.class).getResultList()
                : em.createQuery("""
                        SELECT b FROM Brand b JOIN FETCH b.organization o WHERE o.id = :organization
                        ORDER BY b.name""", Brand.class).setParameter("organization", organizationId).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT NEW org.partyregistry.platform.IdCount(a.brandId, COUNT(a)) FROM Activity a"
                        + " WHERE a.brandId IS NOT NULL GROUP BY a.brandId", IdCount.class).getResultStream()
                .forEach(row -> counts.put(row.id(), row.count()));
        Map<Long, String> logos = new HashMap<>();
        em.createQuery("SELECT NEW org.partyregistry.brand.control.LogoKind(l.brand.id, l.type) FROM BrandLogo l",
                        LogoKind.class).getResultStream()
                .forEach(logo -> logos.put(logo.brandId(), logo.type().contentType()));
        return brands.stream().map(b -> BrandView.of(b, logos.get(b.getId()), counts.getOrDefault(b.getId(), 0L)))
                .toList();
    }

    /** Rule B4: may the caller change this brand (its description, its logo)? */
    @Transactional
    public boolean mayWrite(long id) {
        Scope scope = currentUser.scope();
        return scope.canWriteReferenceData() || scope.canWrite(brand(id).getOrganization().getPath());
    }

    @Transactional
    public BrandView view(long id) {
        currentUser.scope();
        return view(brand(id));
    }

    /** Rule B3: a checked image becomes the brand's logo, replacing any earlier one. */
    @Transactional
    public BrandView uploadLogo(long id, byte[] content, String declaredType) {
        Scope scope = currentUser.scope();
        Brand brand = brand(id);
        requireWrite(scope, brand.getOrganization());
        BrandLogo logo = logo(brand);
        String old = null;
        if (logo == null) {
            logo = new BrandLogo(brand, content, declaredType);
            em.persist(logo);
        } else {
            old = logo.getType().contentType() + " " + logo.getSize();
            logo.replace(content, declaredType);
        }
        em.flush();
        audit.record(scope.username(), brand, "LOGO", Changes.of()
                .change("logo", old, logo.getType().contentType() + " " + logo.getSize()));
        return view(brand);
    }

    /** Rule B3: the logo as stored, with the type its content shows; 404 when the brand has none. */
    @Transactional
    public Logo logo(long id) {
        currentUser.scope();
        BrandLogo logo = logo(brand(id));
        if (logo == null) {
            throw new NotFoundException("BrandLogo", id);
        }
        return new Logo(logo.getType(), logo.getContent());
    }

    /** Rule B6: the brand's record over {@code from..to}, from a few aggregate queries. */
    @Transactional
    public BrandReport report(long id, LocalDate from, LocalDate to) {
        Scope scope = currentUser.scope();
        Brand brand = brand(id);
        DateRange period = checkPeriod(from, to);
        Map<String, Long> activities = new LinkedHashMap<>();
        Map<String, Long> presentByMonth = new HashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            activities.put(m.toString(), 0L);
        }
        String month = "EXTRACT(YEAR FROM a.held_on), EXTRACT(MONTH FROM a.held_on)";
        String held = " WHERE a.brand_id = ? AND a.held_on >= ? AND a.held_on <= ?";
        String present = " JOIN activity_attendance t ON t.activity_id = a.id" + held + " AND t.status = 'PRESENT'";
        for (MonthCount m : rows("SELECT " + month + ", COUNT(*) FROM activity a" + held + " GROUP BY " + month,
                MonthCount::of, id, period)) {
            activities.merge(m.month(), m.count(), Long::sum);
        }
        for (MonthCount m : rows("SELECT " + month + ", COUNT(*) FROM activity a" + present + " GROUP BY " + month,
                MonthCount::of, id, period)) {
            presentByMonth.merge(m.month(), m.count(), Long::sum);
        }
        Map<Long, Long> presentByOrganization = new HashMap<>();
        rows("SELECT a.organization_id, COUNT(*) FROM activity a" + present + " GROUP BY a.organization_id",
                row -> Map.entry(row.getLong(1), row.getLong(2)), id, period)
                .forEach(e -> presentByOrganization.put(e.getKey(), e.getValue()));
        List<Reached> reached = rows("SELECT o.id, o.name, o.path, COUNT(*) FROM activity a JOIN organization o"
                + " ON o.id = a.organization_id" + held + " GROUP BY o.id, o.name, o.path ORDER BY o.path",
                row -> new Reached(new BrandReport.OrganizationReached(row.getLong(1), row.getString(2),
                        row.getLong(4), presentByOrganization.getOrDefault(row.getLong(1), 0L)), row.getString(3)),
                id, period);
        List<BrandReport.OrganizationReached> organizations = visible(scope, reached);
        List<BrandReport.EnterpriseReached> enterprises = rows("SELECT DISTINCT e.id, e.name, p.name FROM activity a"
                + " JOIN organization_enterprise oe ON oe.organization_id = a.organization_id"
                + " JOIN enterprise e ON e.id = oe.enterprise_id JOIN park p ON p.id = e.park_id" + held
                + " ORDER BY e.name", row -> new BrandReport.EnterpriseReached(row.getLong(1), row.getString(2),
                        row.getString(3)), id, period);
        long members = rows("SELECT COUNT(DISTINCT t.member_id) FROM activity a" + present, row -> row.getLong(1),
                id, period).stream().findFirst().orElse(0L);
        List<BrandReport.Month> perMonth = activities.entrySet().stream()
                .map(e -> new BrandReport.Month(e.getKey(), e.getValue(), presentByMonth.getOrDefault(e.getKey(), 0L)))
                .toList();
        return new BrandReport(brand.getId(), brand.getName(), brand.getOrganization().getName(), from, to,
                perMonth, List.copyOf(organizations), reached.size(), List.copyOf(enterprises),
                perMonth.stream().mapToLong(BrandReport.Month::activities).sum(),
                perMonth.stream().mapToLong(BrandReport.Month::present).sum(), members);
    }

    /** An organization that held activities under the brand, with its path (for the caller's scope). */
    record Reached(BrandReport.OrganizationReached row, String path) {
    }

    /**
     * Rule B12: the organizations the caller may read keep their own row; all others are summed into one row
     * without id or name (the brand's totals stay whole), so a secretary sees no other branch's figures.
     */
    static List<BrandReport.OrganizationReached> visible(Scope scope, List<Reached> reached) {
        List<BrandReport.OrganizationReached> rows = new ArrayList<>();
        long otherActivities = 0;
        long otherPresent = 0;
        boolean others = false;
        for (Reached r : reached) {
            if (scope.canRead(r.path())) {
                rows.add(r.row());
            } else {
                others = true;
                otherActivities += r.row().activities();
                otherPresent += r.row().present();
            }
        }
        if (others) {
            rows.add(new BrandReport.OrganizationReached(null, null, otherActivities, otherPresent));
        }
        return rows;
    }

    /** Rule B6: both days, the last not before the first, at most {@link #MAX_YEARS} years: the period. */
    static DateRange checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw BusinessException.onField("from", "brand.periodRequired");
        }
        if (to == null) {
            throw BusinessException.onField("to", "brand.periodRequired");
        }
        if (to.isBefore(from)) {
            throw BusinessException.onField("to", "brand.periodReversed");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw BusinessException.onField("to", "brand.periodTooLong", MAX_YEARS);
        }
        return DateRange.of(from, to);
    }

    private BrandView view(Brand brand) {
        BrandLogo logo = logo(brand);
        long count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM activity WHERE brand_id = ?")
                .setParameter(1, brand.getId()).getSingleResult()).longValue();
        return BrandView.of(brand, logo == null ? null : logo.getType().contentType(), count);
    }

    private BrandLogo logo(Brand brand) {
        List<BrandLogo> logos = em.createQuery("SELECT l FROM BrandLogo l WHERE l.brand = :brand", BrandLogo.class)
                .setParameter("brand", brand).getResultList();
        return logos.isEmpty() ? null : logos.get(0);
    }

    private Brand brand(long id) {
        Brand brand = em.find(Brand.class, id);
        if (brand == null) {
            throw new NotFoundException("Brand", id);
        }
        return brand;
    }

    /** Rule B4: staff and admins anywhere, a secretary within their own organization. */
    private static void requireWrite(Scope scope, Organization organization) {
        if (!scope.canWriteReferenceData()) {
            scope.requireWrite(organization.getPath());
        }
    }

    /** Rule B2, over the names of the organization's other brands. */
    private void requireUniqueName(Organization organization, String name, Long exceptId) {
        Brand.checkUnique(name, em.createQuery(
                        "SELECT b.name FROM Brand b WHERE b.organization = :o AND b.id <> :except", String.class)
                .setParameter("o", organization).setParameter("except", exceptId == null ? -1L : exceptId)
                .getResultList(), organization);
    }

    /** The activities (or people present) of one month. */
    record MonthCount(String month, long count) {

        static MonthCount of(java.sql.ResultSet row) throws java.sql.SQLException {
            return new MonthCount(YearMonth.of(row.getInt(1), row.getInt(2)).toString(), row.getLong(3));
        }
    }

    /** The brand's rows over the period: the statement's parameters are the brand, then the period's days. */
    private <T> List<T> rows(String sql, NativeRows.Reader<T> reader, long id, DateRange period) {
        return NativeRows.list(em, sql, reader, id, period.from(), period.to());
    }
}
