package org.partyregistry.platform;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A period of whole days, both ends included: a report's "from … to", a term, a placement. The end may be open
 * ({@code null}: still running). Use it wherever two loose dates mean one period.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
    }

    /** The closed period {@code from}–{@code to}. */
    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(from, Objects.requireNonNull(to, "to"));
    }

    /** A period still running: from {@code from} with no end yet. */
    public static DateRange since(LocalDate from) {
        return new DateRange(from, null);
    }

    /** The calendar year {@code year}. */
    public static DateRange year(int year) {
        return of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean isOpen() {
        return to == null;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(DateRange other) {
        return (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
    }

    /** The days both periods share, if any. */
    public Optional<DateRange> intersection(DateRange other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        LocalDate start = from.isAfter(other.from) ? from : other.from;
        LocalDate end = to == null ? other.to : other.to == null || to.isBefore(other.to) ? to : other.to;
        return Optional.of(new DateRange(start, end));
    }

    /** The number of days, both ends counted; an open period has none to count. */
    public long days() {
        if (to == null) {
            throw new IllegalStateException("an open period has no length");
        }
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    @Override
    public String toString() {
        return from + "–" + (to == null ? "" : to.toString());
    }
}
