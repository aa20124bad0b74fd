package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.dues.entity.AnnualDues;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.dues.entity.DuesChange;
import org.partyregistry.dues.entity.DuesMonth;
import org.partyregistry.dues.entity.DuesYear;
import org.partyregistry.member.entity.Member;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.Flush;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * One member's assessment (rules D4, D5, D10-D12): the year's amount confirmed, or changed during the year; each
 * write audited (amounts and categories, never incomes).
 */
@ApplicationScoped
public class DuesAssessmentService {

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    AuditTrail audit;

    @Inject
    DuesRecords records;

    @Inject
    DuesStandings standings;

    /**
     * Rules D4, D5 for one member: before the year is confirmed, confirms it at {@code monthly} (the proposal when
     * null); after, changes it from {@code from} (this month, or January of a later year, when null) to December.
     * A reduction is approved by the caller, so only COMMITTEE_STAFF and ADMIN can make one (rule D10).
     */
    @Transactional
    public DuesYearView setYear(long memberId, int year, DuesCategory category, BigDecimal income,
                                BigDecimal monthly, String reason, YearMonth from) {
        return setYear(currentUser.scope(), memberId, year, category, income, monthly, reason, from);
    }

    /** As above, for {@code scope}: the seed loader confirms the demo's years as {@link Scope#system()}. */
    @Transactional
    public DuesYearView setYear(Scope scope, long memberId, int year, DuesCategory category, BigDecimal income,
                                BigDecimal monthly, String reason, YearMonth from) {
        Member member = records.member(memberId);
        scope.requireWrite(member.getOrganization().getPath());
        LocalDate today = clock.today();
        YearMonth first = DuesRecords.firstMonthOwed(member, DuesRecords.checkYear(year, today));
        DuesYear row = records.find(member, year);
        if (row == null || !row.isConfirmed()) {
            AnnualDues annual = AnnualDues.propose(Year.of(year), category, income);
            annual.confirm(monthly, reason, DuesRecords.approval(scope, today));
            if (row == null) {
                row = new DuesYear(member, annual);
                em.persist(row);
            }
            row.confirm(annual, today);
            records.writeMonths(row, annual, first);
            // the unique keys (member, year) and (member, month) catch a request racing this one
            Flush.checked(em);
            // rule D8: a first year fixed moves the first month on record
            standings.refresh(memberId);
            audit.record(scope.username(), row, "CONFIRM", DuesRecords.confirmation(row));
            return DuesYearView.of(row, memberId);
        }
        AnnualDues annual = row.toAnnualDues();
        YearMonth start = from != null ? from
                : year == today.getYear() ? YearMonth.from(today) : YearMonth.of(year, 1);
        List<DuesMonth> months = em.createQuery("""
                SELECT d FROM DuesMonth d WHERE d.duesYear = :row AND d.monthStart >= :start
                ORDER BY d.monthStart""", DuesMonth.class)
                .setParameter("row", row).setParameter("start", start.atDay(1)).getResultList();
        for (DuesMonth month : months) {
            if (month.isPaid()) {
                // rule D12: what was paid stays paid at the amount then in force
                throw BusinessException.onField("from", "dues.changeOfPaidMonth", month.getMonth().toString());
            }
        }
        BigDecimal before = start.getYear() == year ? annual.monthlyFor(start) : null;
        DuesChange change = annual.change(start, category, income, monthly, reason,
                DuesRecords.approval(scope, today));
        row.record(change, today);
        for (DuesMonth month : months) {
            month.changeAmount(annual.monthlyFor(month.getMonth()));
        }
        audit.record(scope.username(), row, "CHANGE", Changes.of()
                .set("from", change.from())
                .change("category", row.getCategory(), change.category())
                .change("monthly", before, change.monthly())
                .set("reason", change.reason())
                .set("approvedBy", change.approval() == null ? null : change.approval().approvedBy()));
        return DuesYearView.of(row, memberId);
    }

    /** A member's years, latest first. */
    @Transactional
    public List<DuesYearView> years(long memberId) {
        Member member = records.member(memberId);
        currentUser.scope().requireRead(member.getOrganization().getPath());
        return em.createQuery("SELECT y FROM DuesYear y WHERE y.member = :member ORDER BY y.year DESC",
                        DuesYear.class)
                .setParameter("member", member).getResultStream()
                .map(y -> DuesYearView.of(y, memberId)).toList();
    }
}
