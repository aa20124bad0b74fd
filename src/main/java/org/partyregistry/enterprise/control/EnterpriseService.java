package org.partyregistry.enterprise.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.enterprise.entity.CreditCode;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.enterprise.entity.InstructorAssignment;
import org.partyregistry.enterprise.entity.InstructorRole;
import org.partyregistry.enterprise.entity.Park;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.Flush;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Parks, enterprises and instructors: reference data (rule E7), every write audited. */
@ApplicationScoped
public class EnterpriseService {

    public record EnterpriseInput(String name, String creditCode, Long parkId, String industry, Integer employees,
                                  LocalDate foundedOn, LocalDate closedOn, Long version) {
    }

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    CoverageQuery coverage;

    @Inject
    CoveragePeriods periods;

    @Transactional
    public ParkView createPark(String name) {
        Scope scope = currentUser.scope();
        scope.requireReferenceWrite();
        Park park = new Park(name);
        long clashes = em.createQuery("SELECT COUNT(p) FROM Park p WHERE p.name = :name", Long.class)
                .setParameter("name", park.getName()).getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("name", "park.duplicate", park.getName());
        }
        em.persist(park);
        Flush.orConflict(em, () -> new ConflictException("name", "park.duplicate", park.getName()));
        audit.record(scope.username(), park, "CREATE", Changes.of().set("name", park.getName()));
        return ParkView.of(park);
    }

    @Transactional
    public List<ParkView> parks() {
        currentUser.scope();
        return em.createQuery("SELECT p FROM Park p ORDER BY p.name", Park.class).getResultStream()
                .map(ParkView::of).toList();
    }

    @Transactional
    public List<String> industries() {
        currentUser.scope();
        return em.createQuery("SELECT DISTINCT e.industry FROM Enterprise e ORDER BY e.industry", String.class)
                .getResultList();
    }

    @Transactional
    public EnterpriseView create(EnterpriseInput input) {
        Scope scope = currentUser.scope();
        scope.requireReferenceWrite();
        Enterprise enterprise = new Enterprise(input.name(), input.creditCode(), park(input.parkId()),
                input.industry(), input.employees(), input.foundedOn(), input.closedOn(), clock.today());
        requireUniqueCode(enterprise.getCreditCode(), null);
        em.persist(enterprise);
        // the unique key catches a request racing this one past the check above
        Flush.orConflict(em, () -> new ConflictException("creditCode", "enterprise.duplicateCode",
                enterprise.getCreditCode()));
        periods.refresh(enterprise.getId());
        audit.record(scope.username(), enterprise, "CREATE", Changes.of()
                .set("name", enterprise.getName())
                .set("creditCode", enterprise.getCreditCode())
                .set("parkId", enterprise.getPark().getId())
                .set("industry", enterprise.getIndustry())
                .set("employees", enterprise.getEmployees())
                .set("foundedOn", enterprise.getFoundedOn())
                .set("closedOn", enterprise.getClosedOn()));
        return view(enterprise, clock.today());
    }

    @Transactional
    public EnterpriseView update(long id, EnterpriseInput input) {
        Scope scope = currentUser.scope();
        scope.requireReferenceWrite();
        Enterprise enterprise = get(id);
        if (input.version() == null) {
            throw BusinessException.onField("version", "error.versionRequired");
        }
        enterprise.checkVersion(input.version());
        if (input.creditCode() != null && !CreditCode.normalize(input.creditCode())
                .equals(enterprise.getCreditCode())) {
            throw BusinessException.onField("creditCode", "enterprise.creditCodeFixed");
        }
        Changes changes = Changes.of();
        String oldName = enterprise.getName();
        Long oldPark = enterprise.getPark().getId();
        String oldIndustry = enterprise.getIndustry();
        int oldEmployees = enterprise.getEmployees();
        LocalDate oldFounded = enterprise.getFoundedOn();
        LocalDate oldClosed = enterprise.getClosedOn();
        enterprise.describe(input.name(), park(input.parkId()), input.industry(), input.employees(),
                input.foundedOn(), input.closedOn(), clock.today());
        changes.change("name", oldName, enterprise.getName())
                .change("parkId", oldPark, enterprise.getPark().getId())
                .change("industry", oldIndustry, enterprise.getIndustry())
                .change("employees", oldEmployees, enterprise.getEmployees())
                .change("foundedOn", oldFounded, enterprise.getFoundedOn())
                .change("closedOn", oldClosed, enterprise.getClosedOn());
        if (!changes.isEmpty()) {
            try {
                em.flush();
            } catch (jakarta.persistence.OptimisticLockException e) {
                throw new org.partyregistry.platform.StaleVersionException("Enterprise", id);
            }
            periods.refresh(enterprise.getId());
            audit.record(scope.username(), enterprise, "UPDATE", changes);
        }
        return view(enterprise, clock.today());
    }

    @Transactional
    public EnterpriseView view(long id) {
        currentUser.scope();
        return view(get(id), clock.today());
    }

    @Transactional
    public InstructorView assignInstructor(long enterpriseId, String name, InstructorRole role, LocalDate from,
                                           LocalDate to) {
        Scope scope = currentUser.scope();
        scope.requireReferenceWrite();
        Enterprise enterprise = get(enterpriseId);
        InstructorAssignment assignment = new InstructorAssignment(enterprise, name, role, from, to, clock.today());
        em.persist(assignment);
        periods.refresh(enterpriseId);
        audit.record(scope.username(), assignment, "CREATE", Changes.of()
                .set("enterpriseId", enterpriseId)
                .set("name", assignment.getName())
                .set("role", assignment.getRole())
                .set("from", assignment.getFrom())
                .set("to", assignment.getTo()));
        return InstructorView.of(assignment);
    }

    @Transactional
    public List<InstructorView> instructors(long enterpriseId) {
        currentUser.scope();
        return instructorsOf(get(enterpriseId));
    }

    @Transactional
    public long count(EnterpriseSearch search) {
        currentUser.scope();
        return coverage.count(search);
    }

    @Transactional
    public List<EnterpriseRow> find(EnterpriseSearch search, int first, int max) {
        currentUser.scope();
        return coverage.find(search, first, Math.min(max, 1000));
    }

    private EnterpriseView view(Enterprise enterprise, LocalDate asOf) {
        return EnterpriseView.of(enterprise, coverage.coverageOf(enterprise.getId(), asOf), asOf,
                instructorsOf(enterprise));
    }

    private List<InstructorView> instructorsOf(Enterprise enterprise) {
        return em.createQuery("SELECT a FROM InstructorAssignment a WHERE a.enterprise = :e ORDER BY a.from DESC",
                        InstructorAssignment.class)
                .setParameter("e", enterprise).getResultStream().map(InstructorView::of).toList();
    }

    private void requireUniqueCode(String code, Long exceptId) {
        long clashes = em.createQuery(
                "SELECT COUNT(e) FROM Enterprise e WHERE e.creditCode = :code AND e.id <> :except", Long.class)
                .setParameter("code", code).setParameter("except", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (clashes > 0) {
            throw new ConflictException("creditCode", "enterprise.duplicateCode", code);
        }
    }

    private Park park(Long parkId) {
        if (parkId == null) {
            throw BusinessException.onField("parkId", "enterprise.parkRequired");
        }
        Park park = em.find(Park.class, parkId);
        if (park == null) {
            throw BusinessException.onField("parkId", "error.notFound", "Park", parkId);
        }
        return park;
    }

    private Enterprise get(long id) {
        Enterprise enterprise = em.find(Enterprise.class, id);
        if (enterprise == null) {
            throw new NotFoundException("Enterprise", id);
        }
        return enterprise;
    }
}
