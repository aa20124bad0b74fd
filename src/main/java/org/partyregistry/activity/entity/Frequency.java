package org.partyregistry.activity.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** How often an activity is required (rule ACT7), and how many whole periods a date range holds. */
public enum Frequency {
    MONTHLY(1),
    QUARTERLY(3),
    YEARLY(12),
    NONE(0);

    private final int months;

    Frequency(int months) {
        this.months = months;
    }

    /**
     * Rule ACT7: the number of whole calendar months, quarters or years that lie inside {@code from..to} (both
     * days included); 0 for {@link #NONE} or an empty range.
     */
    public int periodsWithin(LocalDate from, LocalDate to) {
        if (this == NONE || from == null || to == null || to.isBefore(from)) {
            return 0;
        }
        LocalDate start = from.withDayOfMonth(1);
        int offset = (start.getMonthValue() - 1) % months;
        if (offset != 0) {
            start = start.plusMonths(months - offset);
        }
        if (start.isBefore(from)) {
            start = start.plusMonths(months);
        }
        long whole = ChronoUnit.MONTHS.between(start, to.plusDays(1));
        return whole <= 0 ? 0 : (int) (whole / months);
    }

    /** One calendar month, quarter or year: its first and last day. */
    public record Span(LocalDate from, LocalDate to) implements java.io.Serializable {

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        public boolean overlaps(LocalDate first, LocalDate last) {
            return !from.isAfter(last) && !to.isBefore(first);
        }
    }

    /** Rule ACT16: the whole calendar periods inside {@code from..to} (both included), in order; none for NONE. */
    public List<Span> periods(LocalDate from, LocalDate to) {
        List<Span> spans = new ArrayList<>();
        if (this == NONE || from == null || to == null || to.isBefore(from)) {
            return spans;
        }
        Span span = periodOf(from);
        if (span.from().isBefore(from)) {
            span = next(span);
        }
        while (!span.to().isAfter(to)) {
            spans.add(span);
            span = next(span);
        }
        return spans;
    }

    /** Rule ACT16: the calendar month, quarter or year holding {@code day}; null for NONE. */
    public Span periodOf(LocalDate day) {
        if (this == NONE) {
            return null;
        }
        LocalDate first = day.withDayOfMonth(1).minusMonths((day.getMonthValue() - 1) % months);
        return new Span(first, first.plusMonths(months).minusDays(1));
    }

    private Span next(Span span) {
        LocalDate first = span.from().plusMonths(months);
        return new Span(first, first.plusMonths(months).minusDays(1));
    }
}
