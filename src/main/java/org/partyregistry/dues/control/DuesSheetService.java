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
import org.partyregistry.dues.entity.DuesYear;
import org.partyregistry.member.entity.Member;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * Rule D4, the January sheet of an organization (and those below it): every member who owes dues in the year, what
 * was entered for it or carried over from last year, the amounts proposed; entered and confirmed for many members
 * at once.
 */
@ApplicationScoped
public class DuesSheetService {

    /** One member's category and income on a branch's year sheet. */
    public record Entry(Long memberId, DuesCategory category, BigDecimal income) {
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
    DuesRecords records;

    @Inject
    DuesStandings standings;

    /**
     * Rule D4, the January sheet of an organization (and those below it): every member who owes dues in the year
     * (admitted by its end, also those recorded with only a full-membership date), with what was entered for it or
     * else last year's category and income, and the amount proposed.
     */
    @Transactional
    public List<SheetRow> sheet(long organizationId, int year) {
        Organization organization = records.organization(organizationId);
        currentUser.scope().requireRead(organization.getPath());
        DuesRecords.checkYear(year, clock.today());
        return em.createQuery("""
                SELECT NEW org.partyregistry.dues.control.SheetLine(m.id, m.name, o.id, o.name, y.category,
                       y.income, y.standardMonthly, y.monthly, y.confirmedOn, p.category, p.income)
                FROM Member m JOIN m.organization o
                LEFT JOIN DuesYear y ON y.member = m AND y.year = :year
                LEFT JOIN DuesYear p ON p.member = m AND p.year = :previous
                WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.stage IN :stages AND m.status IN :owing
                """ + "AND " + DuesRecords.ADMITTED + " <= :yearEnd ORDER BY o.path, m.name, m.id", SheetLine.class)
                .setParameter("year", year)
                .setParameter("previous", year - 1)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("stages", DuesRecords.MEMBER_STAGES)
                .setParameter("owing", DuesRecords.OWING)
                .setParameter("yearEnd", LocalDate.of(year, 12, 31))
                .getResultStream().map(SheetLine::toSheetRow).toList();
    }

    /**
     * Rule D4: enters the category and income of members of the organization (or below it) for the year and
     * proposes their amounts; all or nothing. A year already confirmed is changed one member at a time instead.
     */
    @Transactional
    public List<SheetRow> propose(long organizationId, int year, List<Entry> entries) {
        Scope scope = currentUser.scope();
        Organization organization = records.organization(organizationId);
        scope.requireWrite(organization.getPath());
        DuesRecords.checkYear(year, clock.today());
        if (entries == null || entries.isEmpty()) {
            throw BusinessException.onField("entries", "dues.entriesRequired");
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String at = "entries[" + i + "].";
            try {
                if (entry == null || entry.memberId() == null) {
                    throw BusinessException.onField("memberId", "dues.memberRequired");
                }
                Member member = em.find(Member.class, entry.memberId());
                if (member == null || !member.getOrganization().getPath().startsWith(organization.getPath())) {
                    throw BusinessException.onField("memberId", "dues.memberNotInOrganization",
                            entry.memberId(), organization.getName());
                }
                DuesRecords.firstMonthOwed(member, year);
                AnnualDues annual = AnnualDues.propose(Year.of(year), entry.category(), entry.income());
                DuesYear row = records.find(member, year);
                if (row == null) {
                    row = new DuesYear(member, annual);
                    em.persist(row);
                } else {
                    row.enter(annual);
                }
                audit.record(scope.username(), row, "PROPOSE", Changes.of()
                        .set("memberId", member.getId())
                        .set("year", year)
                        .set("category", annual.getProposal().category())
                        .set("standardMonthly", annual.getProposal().monthly()));
            } catch (BusinessException e) {
                if (e.status() != 400) {
                    throw e;
                }
                throw BusinessException.onField(at + (e.field() == null ? "memberId" : e.field()), e.key(),
                        e.args());
            }
        }
        return sheet(organizationId, year);
    }

    /**
     * Rule D4: confirms every proposal of the year in the organization (and below it) at the proposed amount;
     * members with nothing entered are left as they are. Returns how many were confirmed.
     */
    @Transactional
    public int confirmAll(long organizationId, int year) {
        Scope scope = currentUser.scope();
        Organization organization = records.organization(organizationId);
        scope.requireWrite(organization.getPath());
        LocalDate today = clock.today();
        DuesRecords.checkYear(year, today);
        List<DuesYear> proposals = em.createQuery("""
                SELECT y FROM DuesYear y JOIN FETCH y.member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND y.year = :year AND y.confirmed = FALSE
                AND m.leftZoneOn IS NULL AND m.stage IN :stages AND m.status IN :owing""", DuesYear.class)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("year", year)
                .setParameter("stages", DuesRecords.MEMBER_STAGES)
                .setParameter("owing", DuesRecords.OWING)
                .getResultList();
        for (DuesYear row : proposals) {
            YearMonth first = DuesRecords.firstMonthOwed(row.getMember(), year);
            AnnualDues annual = row.toAnnualDues();
            annual.confirm(null, null, null);
            row.confirm(annual, today);
            records.writeMonths(row, annual, first);
            audit.record(scope.username(), row, "CONFIRM", DuesRecords.confirmation(row));
        }
        // rule D8: a first year fixed moves the first month on record
        standings.refresh(proposals.stream().map(y -> y.getMember().getId()).toList());
        return proposals.size();
    }
}
