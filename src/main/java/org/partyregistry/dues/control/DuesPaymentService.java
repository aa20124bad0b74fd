package org.partyregistry.dues.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partyregistry.audit.AuditTrail;
import org.partyregistry.audit.Changes;
import org.partyregistry.dues.entity.DuesMonth;
import org.partyregistry.dues.entity.DuesPayment;
import org.partyregistry.dues.entity.PaymentMethod;
import org.partyregistry.dues.entity.PaymentRecord;
import org.partyregistry.member.entity.Member;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Scope;

/** Payments (rules D6, D7, D10): recorded against the member's ledger, all or nothing, audited. */
@ApplicationScoped
public class DuesPaymentService {

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
        Member member = records.member(memberId);
        scope.requireWrite(member.getOrganization().getPath());
        DuesPayment payment = records.ledger(member).record(paidOn, months, amount, method, clock.today());
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
        standings.paid(member.getId(), payment.months());
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
        Member member = records.member(memberId);
        currentUser.scope().requireRead(member.getOrganization().getPath());
        Map<Long, List<YearMonth>> months = em.createQuery("""
                SELECT NEW org.partyregistry.dues.control.PaidMonth(d.payment.id, d.monthStart)
                FROM DuesMonth d WHERE d.member = :member AND d.payment IS NOT NULL
                ORDER BY d.monthStart""", PaidMonth.class)
                .setParameter("member", member).getResultStream()
                .collect(Collectors.groupingBy(PaidMonth::paymentId,
                        Collectors.mapping(r -> YearMonth.from(r.monthStart()), Collectors.toList())));
        return em.createQuery("""
                SELECT p FROM PaymentRecord p WHERE p.member = :member ORDER BY p.paidOn DESC, p.id DESC""",
                        PaymentRecord.class)
                .setParameter("member", member).getResultStream()
                .map(p -> view(p, months.getOrDefault(p.getId(), List.of()))).toList();
    }

    private static PaymentView view(PaymentRecord record, List<YearMonth> months) {
        return new PaymentView(record.getId(), record.getMember().getId(), record.getPaidOn(),
                months.stream().map(YearMonth::toString).toList(), record.getAmount(), record.getMethod());
    }
}
