package org.partyregistry.activity.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.TallyRow;
import org.partyregistry.platform.DateRange;

/**
 * Rule ACT20: how a period's activities are read from the tally without changing a figure of rule ACT8. The days of
 * the months cut by the period's ends come from the activities; whole years that ended before today from the year
 * rows; the other whole months from the month rows. A year row stands for its year only where every period of it
 * counts alike for the organization: it existed the whole year, and for committee meetings (rule ACT18) it had a
 * committee on the first day of every month or of none; otherwise that year's month rows are read instead. A row
 * becomes {@link HeldCount}s on a day of its period inside the organization's life (activities are held only while
 * it exists, rule ACT1): its first day, or the founding day when it was founded in that month.
 *
 * @param days   the days read from the activities (at most two spans)
 * @param years  the year keys read from the year rows, null when none
 * @param months the month keys read from the month rows (at most two spans)
 */
record TallyPlan(List<DateRange> days, KeyRange years, List<KeyRange> months) {

    /** Keys {@code from..to} of the tally, both included. */
    record KeyRange(int from, int to) {

        boolean contains(int key) {
            return key >= from && key <= to;
        }
    }

    static TallyPlan of(DateRange period, LocalDate today) {
        YearMonth first = YearMonth.from(period.from());
        if (period.from().getDayOfMonth() != 1) {
            first = first.plusMonths(1);
        }
        YearMonth last = YearMonth.from(period.to());
        if (!period.to().equals(last.atEndOfMonth())) {
            last = last.minusMonths(1);
        }
        if (first.isAfter(last)) {
            return new TallyPlan(List.of(period), null, List.of());
        }
        List<DateRange> days = new ArrayList<>();
        if (period.from().isBefore(first.atDay(1))) {
            days.add(DateRange.of(period.from(), first.atDay(1).minusDays(1)));
        }
        if (period.to().isAfter(last.atEndOfMonth())) {
            days.add(DateRange.of(last.atEndOfMonth().plusDays(1), period.to()));
        }
        int firstYear = first.getMonthValue() == 1 ? first.getYear() : first.getYear() + 1;
        int lastYear = last.getMonthValue() == 12 ? last.getYear() : last.getYear() - 1;
        lastYear = Math.min(lastYear, today.getYear() - 1);
        List<KeyRange> months = new ArrayList<>();
        if (firstYear > lastYear) {
            months.add(new KeyRange(key(first), key(last)));
            return new TallyPlan(List.copyOf(days), null, List.copyOf(months));
        }
        if (first.getYear() < firstYear) {
            months.add(new KeyRange(key(first), key(YearMonth.of(firstYear - 1, 12))));
        }
        if (last.getYear() > lastYear) {
            months.add(new KeyRange(key(YearMonth.of(lastYear + 1, 1)), key(last)));
        }
        return new TallyPlan(List.copyOf(days), new KeyRange(firstYear, lastYear), List.copyOf(months));
    }

    /** The month keys of the years this plan reads from year rows. */
    KeyRange monthsOfYears() {
        return new KeyRange(years.from() * 100 + 1, years.to() * 100 + 12);
    }

    /** Whether a year row of this type stands for the organization's whole year (see the class comment). */
    static boolean wholeYear(OrganizationLife o, int year, ActivityType type, Predicate<LocalDate> committeeOn) {
        LocalDate first = LocalDate.of(year, 1, 1);
        if (o.establishedOn().isAfter(first)
                || o.dissolvedOn() != null && o.dissolvedOn().isBefore(first.withDayOfYear(first.lengthOfYear()))) {
            return false;
        }
        if (type != ActivityType.BRANCH_COMMITTEE_MEETING) {
            return true;
        }
        int months = 0;
        for (int month = 1; month <= 12; month++) {
            months += committeeOn.test(first.withMonth(month)) ? 1 : 0;
        }
        return months == 0 || months == 12;
    }

    /** A year of one type of one organization whose month rows are read instead of its year row. */
    record Need(Long organizationId, Integer year, String activityType) {
    }

    /**
     * Adds the year rows that stand for their year (of organizations in {@code byId}) to {@code held}; returns the
     * years whose month rows are to be read instead.
     */
    static Set<Need> addYears(Stream<TallyRow> years, Map<Long, OrganizationLife> byId,
                              Map<Long, List<CommitteeSpan>> committees, Map<Long, List<HeldCount>> held) {
        Set<Need> needs = new HashSet<>();
        years.forEach(r -> {
            OrganizationLife o = byId.get(r.organizationId());
            if (o == null) {
                return;
            }
            ActivityType type = r.type();
            if (wholeYear(o, r.periodKey(), type, type == ActivityType.BRANCH_COMMITTEE_MEETING
                    ? ComplianceRules.committeeOn(committees.getOrDefault(o.id(), List.of())) : day -> false)) {
                add(held, r, o);
            } else {
                needs.add(new Need(o.id(), r.periodKey(), r.activityType()));
            }
        });
        return needs;
    }

    /** Adds month rows (of organizations in {@code byId}; only those of {@code needs} unless null) to {@code held}. */
    static void addMonths(Stream<TallyRow> months, Set<Need> needs, Map<Long, OrganizationLife> byId,
                          Map<Long, List<HeldCount>> held) {
        months.filter(r -> needs == null
                        || needs.contains(new Need(r.organizationId(), r.periodKey() / 100, r.activityType())))
                .forEach(r -> add(held, r, byId.get(r.organizationId())));
    }

    /**
     * Adds the row as held counts (valid and not) on a day of its period inside the organization's life, unless the
     * organization is not in {@code byId}.
     */
    private static void add(Map<Long, List<HeldCount>> held, TallyRow row, OrganizationLife o) {
        if (o == null) {
            return;
        }
        LocalDate day = row.isYear() ? LocalDate.of(row.periodKey(), 1, 1)
                : LocalDate.of(row.periodKey() / 100, row.periodKey() % 100, 1);
        if (o.establishedOn().isAfter(day)) {
            LocalDate end = row.isYear() ? day.withDayOfYear(day.lengthOfYear())
                    : day.withDayOfMonth(day.lengthOfMonth());
            if (!o.establishedOn().isAfter(end)) {
                day = o.establishedOn();
            }
        }
        List<HeldCount> counts = held.computeIfAbsent(o.id(), id -> new ArrayList<>());
        ActivityType type = row.type();
        if (row.valid() > 0) {
            counts.add(new HeldCount(o.id(), type, true, day, Long.valueOf(row.valid())));
        }
        if (row.held() > row.valid()) {
            counts.add(new HeldCount(o.id(), type, false, day, Long.valueOf(row.held() - row.valid())));
        }
    }

    private static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
