package org.partyregistry.dues.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;

/**
 * A member's dues standing (rule D8) as the summary table {@code dues_standing} keeps it, so that the arrears list
 * reads only the members behind: the first month owed on record and the two latest months paid. Months are numbers
 * ({@code year * 12 + month - 1}: portable, indexed, compared as integers); "none paid" is the month before the
 * first owed, so that {@code paidThrough < m} says "nothing paid from {@code m} on" whatever the case.
 *
 * <p>Two months suffice because no month after the current one is ever paid (rule D7): the latest month paid up to
 * the last complete month is {@code paidThrough}, or {@code paidBefore} when {@code paidThrough} is the current
 * month (paying the current month while earlier months are open leaves the member in arrears).
 *
 * @param owesFrom    rule D8's first month on record: the month of admission, or January of the first year whose
 *                    amount is fixed when that is later
 * @param paidThrough the latest month paid, never before {@code owesFrom - 1}
 * @param paidBefore  the latest month paid before {@code paidThrough}, never before {@code owesFrom - 1}
 */
public record Standing(int owesFrom, int paidThrough, int paidBefore) {

    /** What a payment of no second month binds for it: below every month. */
    public static final int NO_MONTH = 0;

    /** The month's number, {@code year * 12 + month - 1}, as the SQL of {@code dues_standing} computes it. */
    public static int number(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    public static YearMonth month(int number) {
        return YearMonth.of(Math.floorDiv(number, 12), Math.floorMod(number, 12) + 1);
    }

    /** Rebuilt from the facts: admission, the first year fixed ({@code null} when none) and every month paid. */
    public static Standing of(YearMonth admitted, Integer firstFixedYear, Collection<YearMonth> paid) {
        int owesFrom = number(DuesLedger.firstOnRecord(admitted, firstFixedYear));
        int none = owesFrom - 1;
        int[] latest = paid.stream().sorted(Comparator.reverseOrder()).limit(2).mapToInt(Standing::number)
                .toArray();
        return new Standing(owesFrom, latest.length > 0 ? Math.max(none, latest[0]) : none,
                latest.length > 1 ? Math.max(none, latest[1]) : none);
    }

    /**
     * Kept current on a payment of {@code months} (none paid before): the two latest of the two kept and the two
     * latest paid now; the very statement the payment runs in SQL ({@code GREATEST}/{@code LEAST} on the row).
     */
    public Standing paid(Collection<YearMonth> months) {
        int[] latest = months.stream().sorted(Comparator.reverseOrder()).limit(2).mapToInt(Standing::number)
                .toArray();
        int first = latest[0];
        int second = latest.length > 1 ? latest[1] : NO_MONTH;
        return new Standing(owesFrom, Math.max(paidThrough, first),
                Math.max(Math.max(Math.min(paidThrough, first), paidBefore), second));
    }

    /**
     * Rule D8 on {@code asOf}: the latest month paid up to the last complete month is {@code paidThrough}, or
     * {@code paidBefore} when the current month is paid.
     */
    public Arrears arrears(LocalDate asOf) {
        int lastComplete = number(YearMonth.from(asOf)) - 1;
        int paid = paidThrough <= lastComplete ? paidThrough : Math.min(paidBefore, lastComplete);
        YearMonth first = month(owesFrom);
        return Arrears.of(asOf, first, paid < owesFrom ? null : month(paid));
    }
}
