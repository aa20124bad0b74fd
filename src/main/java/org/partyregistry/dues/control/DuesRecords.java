package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.partyregistry.audit.Changes;
import org.partyregistry.dues.entity.AnnualDues;
import org.partyregistry.dues.entity.ArrearsLevel;
import org.partyregistry.dues.entity.CommitteeApproval;
import org.partyregistry.dues.entity.DuesCalculator;
import org.partyregistry.dues.entity.DuesLedger;
import org.partyregistry.dues.entity.DuesMonth;
import org.partyregistry.dues.entity.DuesYear;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.Scope;

/**
 * What the dues use cases share: finding members, organizations and years, the rules on who owes from when (D8,
 * D11), the ledger rebuilt from the stored rows (D6, D7) and the months a confirmed year writes (D4).
 *
 * <p>The dues queries return typed rows ({@code SELECT NEW} of public top-level records whose parameter types are
 * those of the attributes selected): EclipseLink hands back raw {@code Object[]} rows for a JPQL tuple query.
 */
@ApplicationScoped
public class DuesRecords {

    /** Rule D11: years before this one are not kept in the register. */
    public static final int FIRST_YEAR = 2000;

    static final List<Stage> MEMBER_STAGES = List.of(Stage.PROBATIONARY, Stage.FULL);
    static final List<MemberStatus> OWING = List.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED);

    /**
     * Rule D11 in JPQL on {@code Member m}: the date of admission, the probationary step or, for a member recorded
     * with only a full-membership date, that date (as {@code Steps.admittedOn()}).
     */
    static final String ADMITTED = "COALESCE(m.probationaryOn, m.fullOn)";

    /**
     * Rule D8 in a query: the member has no year fixed, or the first one begins early enough to owe the reminder's
     * months (January of it before {@code :admittedBefore}).
     */
    static final String ON_RECORD_BEFORE = """

                AND (NOT EXISTS (SELECT y FROM DuesYear y WHERE y.member = m AND y.confirmedOn IS NOT NULL)
                     OR EXISTS (SELECT y FROM DuesYear y WHERE y.member = m AND y.confirmedOn IS NOT NULL
                                AND y.year <= :lastFixedYear))""";

    /** Rule D8 in a query on {@code Member m}: members of the organizations under {@code :prefix} owing arrears. */
    static final String IN_ARREARS = " WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.stage IN :stages"
            + " AND m.status IN :owing AND " + ADMITTED + " < :admittedBefore" + ON_RECORD_BEFORE
            + " AND NOT EXISTS (SELECT d FROM DuesMonth d WHERE d.member = m AND d.payment IS NOT NULL"
            + " AND d.monthStart >= :threshold AND d.monthStart <= :lastComplete)";

    @PersistenceContext(unitName = "registry")
    EntityManager em;

    /**
     * Rule D8 as dates: the last complete month before {@code asOf}, the first of the 3 months up to it that make a
     * reminder, and the first day of the month after that (a member admitted before it owes all 3).
     */
    record Window(LocalDate lastComplete, LocalDate threshold, LocalDate admittedBefore) {
        static Window of(LocalDate asOf) {
            YearMonth last = YearMonth.from(asOf).minusMonths(1);
            YearMonth first = last.minusMonths(ArrearsLevel.REMINDER_MONTHS - 1L);
            return new Window(last.atDay(1), first.atDay(1), first.plusMonths(1).atDay(1));
        }

        /** The latest first fixed year whose January lies before {@code admittedBefore}: later ones owe too little. */
        int lastFirstFixedYear() {
            return admittedBefore.getMonthValue() == 1 ? admittedBefore.getYear() - 1 : admittedBefore.getYear();
        }

        /** Binds the window's parameters of {@link #IN_ARREARS} and the owing members' ones. */
        <Q extends jakarta.persistence.Query> Q bind(Q query, String prefix) {
            query.setParameter("lastFixedYear", lastFirstFixedYear())
                    .setParameter("lastComplete", lastComplete)
                    .setParameter("threshold", threshold)
                    .setParameter("admittedBefore", admittedBefore)
                    .setParameter("prefix", prefix)
                    .setParameter("stages", MEMBER_STAGES)
                    .setParameter("owing", OWING);
            return query;
        }
    }

    Member member(long id) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("Member", id);
        }
        return member;
    }

    Organization organization(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("Organization", id);
        }
        return organization;
    }

    DuesYear find(Member member, int year) {
        return em.createQuery("SELECT y FROM DuesYear y WHERE y.member = :member AND y.year = :year", DuesYear.class)
                .setParameter("member", member).setParameter("year", year)
                .getResultStream().findFirst().orElse(null);
    }

    /** Rules D6, D7: the member's ledger rebuilt from the confirmed years and the months paid. */
    DuesLedger ledger(Member member) {
        DuesLedger ledger = new DuesLedger(member.steps().admittedOn());
        em.createQuery("SELECT y FROM DuesYear y WHERE y.member = :member AND y.confirmed = TRUE", DuesYear.class)
                .setParameter("member", member).getResultStream()
                .forEach(y -> ledger.fix(y.toAnnualDues()));
        ledger.restorePaid(em.createQuery("""
                SELECT d.monthStart FROM DuesMonth d WHERE d.member = :member AND d.payment IS NOT NULL""",
                        LocalDate.class)
                .setParameter("member", member).getResultStream().map(YearMonth::from).toList());
        return ledger;
    }

    /** Rule D4: the months of a confirmed year the member owes, from the month of admission on, at their amounts. */
    void writeMonths(DuesYear row, AnnualDues annual, YearMonth first) {
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(row.getYear(), m);
            if (!month.isBefore(first)) {
                em.persist(new DuesMonth(row, month, annual.monthlyFor(month)));
            }
        }
    }

    static Changes confirmation(DuesYear row) {
        return Changes.of()
                .set("memberId", row.getMember().getId())
                .set("year", row.getYear())
                .set("category", row.getCategory())
                .set("standardMonthly", row.getStandardMonthly())
                .set("monthly", row.getMonthly())
                .set("reason", row.getReason())
                .set("approvedBy", row.getApprovedBy());
    }

    /** Rule D10: a reduction is approved by committee staff (or an administrator) making it, on the day. */
    static CommitteeApproval approval(Scope scope, LocalDate today) {
        return scope.seesEverything() ? new CommitteeApproval(scope.username(), today) : null;
    }

    /**
     * Rule D11: a member owes dues from the month of admission (the full-membership date for a member recorded
     * with only that); refuses a year entirely before it, and a removed or deceased member (their dues cannot be
     * fixed any more).
     */
    static YearMonth firstMonthOwed(Member member, int year) {
        LocalDate admitted = member.steps().admittedOn();
        if (admitted == null || !member.getStage().isMember()) {
            throw BusinessException.onField("memberId", "dues.notAMember", member.getName());
        }
        if (member.getStatus().isFinal()) {
            throw BusinessException.onField("memberId", member.getStatus() == MemberStatus.DECEASED
                    ? "dues.memberDeceased" : "dues.memberRemoved", member.getName(), member.getStatusSince());
        }
        YearMonth first = YearMonth.from(admitted);
        if (first.getYear() > year) {
            throw BusinessException.onField("year", "dues.beforeAdmission", String.valueOf(year), first.toString());
        }
        return first.getYear() == year ? first : YearMonth.of(year, 1);
    }

    /** Rule D11: years from 2000 to next year. */
    static int checkYear(int year, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear() + 1) {
            throw BusinessException.onField("year", "dues.yearOutOfRange", String.valueOf(year),
                    String.valueOf(FIRST_YEAR), String.valueOf(today.getYear() + 1));
        }
        return year;
    }

    static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO.setScale(DuesCalculator.SCALE)
                : new BigDecimal(sum.toString()).setScale(DuesCalculator.SCALE);
    }
}
