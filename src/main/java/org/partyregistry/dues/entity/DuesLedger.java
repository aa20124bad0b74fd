package org.partyregistry.dues.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.Dates;

/**
 * One member's dues account (rules D6-D8): the fixed amounts of each year, the payments and the months they
 * cover. Dues are owed from the month of admission (as a probationary member) on.
 */
public class DuesLedger {

    /** Rule D7: a payment may reach back this many months before the month it is paid in, no further. */
    public static final int BACK_PAYMENT_MONTHS = 6;

    private final YearMonth firstPayableMonth;
    private final Map<Year, AnnualDues> years = new HashMap<>();
    private final Set<YearMonth> paidMonths = new HashSet<>();
    private final List<DuesPayment> payments = new ArrayList<>();

    /** @param admittedOn the day the member was admitted as a probationary member (rule D7) */
    public DuesLedger(LocalDate admittedOn) {
        if (admittedOn == null) {
            throw BusinessException.onField("admittedOn", "dues.admittedOnRequired");
        }
        this.firstPayableMonth = YearMonth.from(admittedOn);
    }

    /** Rule D4: only a confirmed year's amounts count, and a year is fixed once (it is changed, not replaced). */
    public void fix(AnnualDues annual) {
        if (!annual.isConfirmed()) {
            throw new BusinessException("dues.yearNotFixed", annual.getYear().toString());
        }
        if (years.containsKey(annual.getYear())) {
            throw new BusinessException("dues.yearAlreadyFixed", annual.getYear().toString());
        }
        years.put(annual.getYear(), annual);
    }

    /**
     * Rules D6 and D7: records a payment of one or more months, or refuses it and records nothing. The months lie
     * between the month of admission, 6 months before the month it was paid in, and that month; none already
     * paid; their years fixed; and the amount is exactly the sum of their fixed monthly amounts.
     */
    public DuesPayment record(LocalDate paidOn, List<YearMonth> months, BigDecimal amount, PaymentMethod method,
                              LocalDate today) {
        if (paidOn == null) {
            throw BusinessException.onField("paidOn", "dues.paidOnRequired");
        }
        Dates.notInFuture("paidOn", paidOn, today);
        Dates.notBefore("paidOn", paidOn, Dates.PARTY_FOUNDED);
        if (method == null) {
            throw BusinessException.onField("method", "dues.methodRequired");
        }
        if (months == null || months.isEmpty()) {
            throw BusinessException.onField("months", "dues.monthsRequired");
        }
        YearMonth paidIn = YearMonth.from(paidOn);
        YearMonth earliest = paidIn.minusMonths(BACK_PAYMENT_MONTHS);
        TreeSet<YearMonth> covered = new TreeSet<>();
        for (YearMonth month : months) {
            if (month == null) {
                throw BusinessException.onField("months", "dues.monthsRequired");
            }
            if (!covered.add(month)) {
                throw BusinessException.onField("months", "dues.monthTwice", month.toString());
            }
            if (month.isAfter(paidIn)) {
                throw BusinessException.onField("months", "dues.futureMonth", month.toString(), paidOn.toString());
            }
            if (month.isBefore(earliest)) {
                throw BusinessException.onField("months", "dues.tooFarBack", month.toString(), BACK_PAYMENT_MONTHS,
                        earliest.toString());
            }
            if (month.isBefore(firstPayableMonth)) {
                throw BusinessException.onField("months", "dues.beforeAdmission", month.toString(),
                        firstPayableMonth.toString());
            }
            if (paidMonths.contains(month)) {
                throw BusinessException.onField("months", "dues.alreadyPaid", month.toString());
            }
        }
        BigDecimal due = amountDue(covered);
        BigDecimal paid = DuesCalculator.yuan("amount", amount);
        if (paid.compareTo(due) != 0) {
            throw BusinessException.onField("amount", "dues.amountMismatch", paid.toPlainString(),
                    due.toPlainString(), covered.size());
        }
        DuesPayment payment = new DuesPayment(paidOn, List.copyOf(covered), paid, method);
        paidMonths.addAll(covered);
        payments.add(payment);
        return payment;
    }

    /** Rule D6: the sum of the fixed monthly amounts of {@code months}; each month's year must be fixed. */
    public BigDecimal amountDue(Iterable<YearMonth> months) {
        BigDecimal sum = BigDecimal.ZERO.setScale(DuesCalculator.SCALE);
        for (YearMonth month : months) {
            AnnualDues annual = years.get(Year.of(month.getYear()));
            if (annual == null) {
                throw BusinessException.onField("months", "dues.yearNotFixed", String.valueOf(month.getYear()));
            }
            sum = sum.add(annual.monthlyFor(month));
        }
        return sum;
    }

    /**
     * Rule D8: the months in a row left unpaid up to the last complete month before {@code asOf} (the current
     * month is not yet late), counted back no further than the month of admission, nor than January of the first
     * year whose amount is fixed (the register holds no dues before it).
     */
    public Arrears arrears(LocalDate asOf) {
        YearMonth first = firstOnRecord(firstPayableMonth, years.keySet().stream().min(Year::compareTo)
                .map(Year::getValue).orElse(null));
        YearMonth month = YearMonth.from(asOf).minusMonths(1);
        while (!month.isBefore(first) && !paidMonths.contains(month)) {
            month = month.minusMonths(1);
        }
        return Arrears.of(asOf, first, month.isBefore(first) ? null : month);
    }

    /**
     * Rule D8: the first month arrears count from: the month of admission, or January of the first year whose
     * amount is fixed ({@code null} when none) when that is later.
     */
    public static YearMonth firstOnRecord(YearMonth admitted, Integer firstFixedYear) {
        if (firstFixedYear == null) {
            return admitted;
        }
        YearMonth january = YearMonth.of(firstFixedYear, 1);
        return january.isAfter(admitted) ? january : admitted;
    }

    /** Rule D8 as of today in China Standard Time, whatever the server's zone. */
    public Arrears arrears(ChinaClock clock) {
        return arrears(clock.today());
    }

    /**
     * Loads months paid earlier, as stored (each was checked by {@link #record} when it was paid), so that a new
     * payment and the arrears see them.
     */
    public void restorePaid(Collection<YearMonth> months) {
        paidMonths.addAll(months);
    }

    public boolean isPaid(YearMonth month) {
        return paidMonths.contains(month);
    }

    public YearMonth getFirstPayableMonth() {
        return firstPayableMonth;
    }

    public List<DuesPayment> getPayments() {
        return List.copyOf(payments);
    }
}
