package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.dues.entity.AnnualDues;
import org.partyregistry.dues.entity.Arrears;
import org.partyregistry.dues.entity.ArrearsLevel;
import org.partyregistry.dues.entity.CommitteeApproval;
import org.partyregistry.dues.entity.DuesAssessment;
import org.partyregistry.dues.entity.DuesCalculator;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.dues.entity.DuesChange;
import org.partyregistry.dues.entity.DuesLedger;
import org.partyregistry.dues.entity.DuesMonth;
import org.partyregistry.dues.entity.DuesPayment;
import org.partyregistry.dues.entity.DuesYear;
import org.partyregistry.dues.entity.PaymentMethod;
import org.partyregistry.dues.entity.PaymentRecord;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Stage;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.Flush;
import org.partyregistry.platform.NotFoundException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/**
 * The dues use cases (rules D4-D8, D10-D12), each one transaction, each checked against the caller's role and data
 * scope, each write audited (amounts and categories, never incomes). The rules themselves are those of
 * {@link AnnualDues} and {@link DuesLedger}, rebuilt from the stored rows for every write.
 */
@ApplicationScoped
public class DuesService {

    /** Rule D11: years before this one are not kept in the register. */
    public static final int FIRST_YEAR = 2000;

    static final List<Stage> MEMBER_STAGES = List.of(Stage.PROBATIONARY, Stage.FULL);
    static final List<MemberStatus> OWING = List.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED);

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
        Member member = member(memberId);
        scope.requireWrite(member.getOrganization().getPath());
        LocalDate today = clock.today();
        YearMonth first = firstMonthOwed(member, checkYear(year, today));
        DuesYear row = find(member, year);
        if (row == null || !row.isConfirmed()) {
            AnnualDues annual = AnnualDues.propose(Year.of(year), category, income);
            annual.confirm(monthly, reason, approval(scope, today));
            if (row == null) {
                row = new DuesYear(member, annual);
                em.persist(row);
            }
            row.confirm(annual, today);
            writeMonths(row, annual, first);
            // the unique keys (member, year) and (member, month) catch a request racing this one
            Flush.checked(em);
            audit.record(scope.username(), row, "CONFIRM", confirmation(row));
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
        DuesChange change = annual.change(start, category, income, monthly, reason, approval(scope, today));
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
        Member member = member(memberId);
        currentUser.scope().requireRead(member.getOrganization().getPath());
        return em.createQuery("SELECT y FROM DuesYear y WHERE y.member = :member ORDER BY y.year DESC",
                        DuesYear.class)
                .setParameter("member", member).getResultStream()
                .map(y -> DuesYearView.of(y, memberId)).toList();
    }

    /** Rules D6, D7: records a payment of one or more months, or refuses it and writes nothing. */
    @Transactional
    public PaymentView pay(long memberId, LocalDate paidOn, List<YearMonth> months, BigDecimal amount,
                           PaymentMethod method) {
        return pay(currentUser.scope(), memberId, paidOn, months, amount, method);
    }

    /** As above, for {@code scope}: the seed loader records the demo's payments as {@link Scope#system()}. */
    @Transactional
    public PaymentView pay(Scope scope, long memberId, LocalDate paidOn, List<YearMonth> months, BigDecimal amount,
                           PaymentMethod method) {
        Member member = member(memberId);
        scope.requireWrite(member.getOrganization().getPath());
        DuesPayment payment = ledger(member).record(paidOn, months, amount, method, clock.today());
        PaymentRecord record = new PaymentRecord(member, payment, scope.username());
        em.persist(record);
        Map<YearMonth, DuesMonth> rows = em.createQuery("""
                SELECT d FROM DuesMonth d WHERE d.member = :member AND d.monthStart IN :months""", DuesMonth.class)
                .setParameter("member", member)
                .setParameter("months", payment.months().stream().map(m -> m.atDay(1)).toList())
                .getResultStream().collect(Collectors.toMap(DuesMonth::getMonth, Function.identity()));
        for (YearMonth month : payment.months()) {
            DuesMonth row = rows.get(month);
            if (row == null) {
                throw new IllegalStateException("no dues month " + month + " for a fixed year");
            }
            row.paidBy(record);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // a payment of the same months recorded at the same moment
            throw new ConflictException("months", "dues.paidMeanwhile");
        }
        audit.record(scope.username(), record, "PAY", Changes.of()
                .set("memberId", member.getId())
                .set("paidOn", payment.paidOn())
                .set("months", payment.months().stream().map(YearMonth::toString).collect(Collectors.joining(",")))
                .set("amount", payment.amount())
                .set("method", payment.method()));
        return view(record, payment.months());
    }

    /** A member's payments, latest first, with the months each covers. */
    @Transactional
    public List<PaymentView> payments(long memberId) {
        Member member = member(memberId);
        currentUser.scope().requireRead(member.getOrganization().getPath());
        Map<Long, List<YearMonth>> months = em.createQuery("""
                SELECT d.payment.id, d.monthStart FROM DuesMonth d WHERE d.member = :member AND d.payment IS NOT NULL
                ORDER BY d.monthStart""", Object[].class)
                .setParameter("member", member).getResultStream()
                .collect(Collectors.groupingBy(r -> (Long) r[0],
                        Collectors.mapping(r -> YearMonth.from((LocalDate) r[1]), Collectors.toList())));
        return em.createQuery("""
                SELECT p FROM PaymentRecord p WHERE p.member = :member ORDER BY p.paidOn DESC, p.id DESC""",
                        PaymentRecord.class)
                .setParameter("member", member).getResultStream()
                .map(p -> view(p, months.getOrDefault(p.getId(), List.of()))).toList();
    }

    /**
     * Rule D4, the January sheet of an organization (and those below it): every member who owes dues in the year,
     * with what was entered for it or else last year's category and income, and the amount proposed.
     */
    @Transactional
    public List<SheetRow> sheet(long organizationId, int year) {
        Organization organization = organization(organizationId);
        currentUser.scope().requireRead(organization.getPath());
        checkYear(year, clock.today());
        return em.createQuery("""
                SELECT m.id, m.name, o.id, o.name, y.category, y.income, y.standardMonthly, y.monthly, y.confirmed,
                       p.category, p.income
                FROM Member m JOIN m.organization o
                LEFT JOIN DuesYear y ON y.member = m AND y.year = :year
                LEFT JOIN DuesYear p ON p.member = m AND p.year = :previous
                WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.stage IN :stages AND m.status IN :owing
                AND m.probationaryOn <= :yearEnd
                ORDER BY o.path, m.name, m.id""", Object[].class)
                .setParameter("year", year)
                .setParameter("previous", year - 1)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("stages", MEMBER_STAGES)
                .setParameter("owing", OWING)
                .setParameter("yearEnd", LocalDate.of(year, 12, 31))
                .getResultStream().map(DuesService::sheetRow).toList();
    }

    private static SheetRow sheetRow(Object[] r) {
        long memberId = (Long) r[0];
        String name = (String) r[1];
        long organizationId = (Long) r[2];
        String organizationName = (String) r[3];
        if (r[4] != null) {
            boolean confirmed = Boolean.TRUE.equals(r[8]);
            return new SheetRow(memberId, name, organizationId, organizationName,
                    confirmed ? SheetRow.State.CONFIRMED : SheetRow.State.PROPOSED, (DuesCategory) r[4],
                    (BigDecimal) r[5], (BigDecimal) r[6], confirmed ? (BigDecimal) r[7] : null);
        }
        if (r[9] != null) {
            DuesAssessment carried = DuesCalculator.assess((DuesCategory) r[9], (BigDecimal) r[10]);
            return new SheetRow(memberId, name, organizationId, organizationName, SheetRow.State.CARRIED_OVER,
                    carried.category(), carried.income(), carried.monthly(), null);
        }
        return new SheetRow(memberId, name, organizationId, organizationName, SheetRow.State.MISSING, null, null,
                null, null);
    }

    /**
     * Rule D4: enters the category and income of members of the organization (or below it) for the year and
     * proposes their amounts; all or nothing. A year already confirmed is changed one member at a time instead.
     */
    @Transactional
    public List<SheetRow> propose(long organizationId, int year, List<Entry> entries) {
        Scope scope = currentUser.scope();
        Organization organization = organization(organizationId);
        scope.requireWrite(organization.getPath());
        checkYear(year, clock.today());
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
                firstMonthOwed(member, year);
                AnnualDues annual = AnnualDues.propose(Year.of(year), entry.category(), entry.income());
                DuesYear row = find(member, year);
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
        Organization organization = organization(organizationId);
        scope.requireWrite(organization.getPath());
        LocalDate today = clock.today();
        checkYear(year, today);
        List<DuesYear> proposals = em.createQuery("""
                SELECT y FROM DuesYear y JOIN FETCH y.member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND y.year = :year AND y.confirmed = FALSE
                AND m.leftZoneOn IS NULL AND m.stage IN :stages AND m.status IN :owing""", DuesYear.class)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("year", year)
                .setParameter("stages", MEMBER_STAGES)
                .setParameter("owing", OWING)
                .getResultList();
        for (DuesYear row : proposals) {
            YearMonth first = firstMonthOwed(row.getMember(), year);
            AnnualDues annual = row.toAnnualDues();
            annual.confirm(null, null, null);
            row.confirm(annual, today);
            writeMonths(row, annual, first);
            audit.record(scope.username(), row, "CONFIRM", confirmation(row));
        }
        return proposals.size();
    }

    /**
     * Rule D8 as of today (China Standard Time): members of the organization (or of the caller's whole scope when
     * null) 3 months or more behind, longest first; from two queries (the members with none of the last 3 complete
     * months paid, and the latest month paid per member), no ledger loaded.
     */
    @Transactional
    public List<ArrearsRow> arrears(Long organizationId) {
        Scope scope = currentUser.scope();
        String prefix = scope.pathPrefix();
        if (organizationId != null) {
            Organization organization = organization(organizationId);
            scope.requireRead(organization.getPath());
            prefix = organization.getPath();
        }
        LocalDate asOf = clock.today();
        Window window = Window.of(asOf);
        Map<Long, LocalDate> lastPaid = em.createQuery("""
                SELECT m.id, MAX(d.monthStart) FROM DuesMonth d JOIN d.member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND d.payment IS NOT NULL AND d.monthStart <= :lastComplete
                GROUP BY m.id""", Object[].class)
                .setParameter("prefix", prefix + "%")
                .setParameter("lastComplete", window.lastComplete)
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (LocalDate) r[1]));
        Map<Long, Integer> firstFixed = firstFixedYears(prefix);
        List<ArrearsRow> rows = new ArrayList<>();
        em.createQuery("""
                SELECT m.id, m.name, o.id, o.name, m.probationaryOn FROM Member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.stage IN :stages AND m.status IN :owing
                AND m.probationaryOn < :admittedBefore""" + ON_RECORD_BEFORE + """
                AND NOT EXISTS (SELECT d FROM DuesMonth d WHERE d.member = m AND d.payment IS NOT NULL
                                AND d.monthStart >= :threshold AND d.monthStart <= :lastComplete)""", Object[].class)
                .setParameter("lastFixedYear", window.lastFirstFixedYear())
                .setParameter("lastComplete", window.lastComplete)
                .setParameter("threshold", window.threshold)
                .setParameter("admittedBefore", window.admittedBefore)
                .setParameter("prefix", prefix + "%")
                .setParameter("stages", MEMBER_STAGES)
                .setParameter("owing", OWING)
                .getResultStream().forEach(r -> {
                    LocalDate paid = lastPaid.get((Long) r[0]);
                    Arrears arrears = Arrears.of(asOf, DuesLedger.firstOnRecord(YearMonth.from((LocalDate) r[4]),
                            firstFixed.get((Long) r[0])), paid == null ? null : YearMonth.from(paid));
                    if (arrears.level() != ArrearsLevel.NONE) {
                        rows.add(new ArrearsRow((Long) r[0], (String) r[1], (Long) r[2], (String) r[3], asOf,
                                arrears.unpaidSince().toString(), arrears.monthsUnpaid(), arrears.level()));
                    }
                });
        rows.sort((a, b) -> a.monthsUnpaid() != b.monthsUnpaid() ? b.monthsUnpaid() - a.monthsUnpaid()
                : a.name().compareTo(b.name()));
        return rows;
    }

    /**
     * The dues report of an organization (and those below it) for a year: sums and a count in the database, no
     * member loaded.
     */
    @Transactional
    public DuesReport report(Long organizationId, int year) {
        if (organizationId == null) {
            throw BusinessException.onField("organizationId", "dues.organizationRequired");
        }
        Organization organization = organization(organizationId);
        currentUser.scope().requireRead(organization.getPath());
        LocalDate today = clock.today();
        checkYear(year, today);
        LocalDate asOf = year < today.getYear() ? LocalDate.of(year + 1, 1, 1) : today;
        String prefix = organization.getPath() + "%";
        Object[] sums = em.createQuery("""
                SELECT SUM(d.amountDue), SUM(d.amountPaid) FROM DuesMonth d JOIN d.member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND d.monthStart >= :from AND d.monthStart <= :to""",
                        Object[].class)
                .setParameter("prefix", prefix)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 1))
                .getSingleResult();
        BigDecimal expected = money(sums[0]);
        BigDecimal collected = money(sums[1]);
        Window window = Window.of(asOf);
        long inArrears = em.createQuery("""
                SELECT COUNT(m) FROM Member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND m.stage IN :stages AND m.status IN :owing
                AND m.probationaryOn < :admittedBefore""" + ON_RECORD_BEFORE + """
                AND NOT EXISTS (SELECT d FROM DuesMonth d WHERE d.member = m AND d.payment IS NOT NULL
                                AND d.monthStart >= :threshold AND d.monthStart <= :lastComplete)""", Long.class)
                .setParameter("lastFixedYear", window.lastFirstFixedYear())
                .setParameter("prefix", prefix)
                .setParameter("stages", MEMBER_STAGES)
                .setParameter("owing", OWING)
                .setParameter("admittedBefore", window.admittedBefore)
                .setParameter("threshold", window.threshold)
                .setParameter("lastComplete", window.lastComplete)
                .getSingleResult();
        return new DuesReport(organization.getId(), organization.getName(), year, asOf, expected, collected,
                expected.subtract(collected), inArrears);
    }

    /**
     * The yearly statement of an organization (and those below it): the report and, per member with months owed in
     * the year, what was owed and paid; one grouped query.
     */
    @Transactional
    public DuesStatement statement(Long organizationId, int year) {
        DuesReport report = report(organizationId, year);
        Organization organization = organization(organizationId);
        List<DuesStatement.Line> lines = em.createQuery("""
                SELECT m.id, m.name, o.name, COUNT(d), COUNT(d.amountPaid), SUM(d.amountDue), SUM(d.amountPaid)
                FROM DuesMonth d JOIN d.member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND m.leftZoneOn IS NULL AND d.monthStart >= :from AND d.monthStart <= :to
                GROUP BY m.id, m.name, o.name, o.path
                ORDER BY o.path, m.name, m.id""", Object[].class)
                .setParameter("prefix", organization.getPath() + "%")
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 1))
                .getResultStream().map(r -> {
                    BigDecimal expected = money(r[5]);
                    BigDecimal collected = money(r[6]);
                    return new DuesStatement.Line((Long) r[0], (String) r[1], (String) r[2],
                            ((Number) r[3]).longValue(), ((Number) r[4]).longValue(), expected, collected,
                            expected.subtract(collected));
                }).toList();
        return new DuesStatement(report, lines);
    }

    /**
     * Rule D8 as dates: the last complete month before {@code asOf}, the first of the 3 months up to it that make a
     * reminder, and the first day of the month after that (a member admitted before it owes all 3).
     */
    private record Window(LocalDate lastComplete, LocalDate threshold, LocalDate admittedBefore) {
        static Window of(LocalDate asOf) {
            YearMonth last = YearMonth.from(asOf).minusMonths(1);
            YearMonth first = last.minusMonths(ArrearsLevel.REMINDER_MONTHS - 1L);
            return new Window(last.atDay(1), first.atDay(1), first.plusMonths(1).atDay(1));
        }

        /** The latest first fixed year whose January lies before {@code admittedBefore}: later ones owe too little. */
        int lastFirstFixedYear() {
            return admittedBefore.getMonthValue() == 1 ? admittedBefore.getYear() - 1 : admittedBefore.getYear();
        }
    }

    /**
     * Rule D8 in a query: the member has no year fixed, or the first one begins early enough to owe the reminder's
     * months (January of it before {@code :admittedBefore}).
     */
    private static final String ON_RECORD_BEFORE = """

                AND (NOT EXISTS (SELECT y FROM DuesYear y WHERE y.member = m AND y.confirmedOn IS NOT NULL)
                     OR EXISTS (SELECT y FROM DuesYear y WHERE y.member = m AND y.confirmedOn IS NOT NULL
                                AND y.year <= :lastFixedYear))""";

    /** Rule D8: the first year fixed per member of the organizations under {@code prefix}. */
    private Map<Long, Integer> firstFixedYears(String prefix) {
        return em.createQuery("""
                SELECT m.id, MIN(y.year) FROM DuesYear y JOIN y.member m JOIN m.organization o
                WHERE o.path LIKE :prefix AND y.confirmedOn IS NOT NULL GROUP BY m.id""", Object[].class)
                .setParameter("prefix", prefix + "%")
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).intValue()));
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO.setScale(DuesCalculator.SCALE)
                : new BigDecimal(sum.toString()).setScale(DuesCalculator.SCALE);
    }

    /** Rules D6, D7: the member's ledger rebuilt from the confirmed years and the months paid. */
    DuesLedger ledger(Member member) {
        DuesLedger ledger = new DuesLedger(member.steps().probationaryOn());
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
    private void writeMonths(DuesYear row, AnnualDues annual, YearMonth first) {
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(row.getYear(), m);
            if (!month.isBefore(first)) {
                em.persist(new DuesMonth(row, month, annual.monthlyFor(month)));
            }
        }
    }

    private static Changes confirmation(DuesYear row) {
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
    private static CommitteeApproval approval(Scope scope, LocalDate today) {
        return scope.seesEverything() ? new CommitteeApproval(scope.username(), today) : null;
    }

    /** Rule D11: a member owes dues from the month of admission; refuses a year entirely before it. */
    private static YearMonth firstMonthOwed(Member member, int year) {
        LocalDate admitted = member.steps().probationaryOn();
        if (admitted == null || !member.getStage().isMember()) {
            throw BusinessException.onField("memberId", "dues.notAMember", member.getName());
        }
        YearMonth first = YearMonth.from(admitted);
        if (first.getYear() > year) {
            throw BusinessException.onField("year", "dues.beforeAdmission", String.valueOf(year), first.toString());
        }
        return first.getYear() == year ? first : YearMonth.of(year, 1);
    }

    /** Rule D11: years from 2000 to next year. */
    private static int checkYear(int year, LocalDate today) {
        if (year < FIRST_YEAR || year > today.getYear() + 1) {
            throw BusinessException.onField("year", "dues.yearOutOfRange", String.valueOf(year),
                    String.valueOf(FIRST_YEAR), String.valueOf(today.getYear() + 1));
        }
        return year;
    }

    private DuesYear find(Member member, int year) {
        return em.createQuery("SELECT y FROM DuesYear y WHERE y.member = :member AND y.year = :year", DuesYear.class)
                .setParameter("member", member).setParameter("year", year)
                .getResultStream().findFirst().orElse(null);
    }

    private Member member(long id) {
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException("Member", id);
        }
        return member;
    }

    private Organization organization(long id) {
        Organization organization = em.find(Organization.class, id);
        if (organization == null) {
            throw new NotFoundException("Organization", id);
        }
        return organization;
    }

    private static PaymentView view(PaymentRecord record, List<YearMonth> months) {
        return new PaymentView(record.getId(), record.getMember().getId(), record.getPaidOn(),
                months.stream().map(YearMonth::toString).toList(), record.getAmount(), record.getMethod());
    }
}
