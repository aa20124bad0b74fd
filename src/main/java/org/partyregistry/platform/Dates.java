package org.partyregistry.platform;

import java.time.LocalDate;

/**
 * The bounds a date in the records must keep, so a typing slip (0201 for 2021, 9999) is refused on its field instead
 * of being stored. The earliest: {@link #PARTY_FOUNDED} for party dates, {@link #EARLIEST_BIRTH} for births and
 * foundings. The latest: today (China Standard Time) for what has already happened, {@link #notInFuture}; or at most
 * {@link #LATEST_PLANNED_YEARS} years ahead for what may be planned, {@link #planned}.
 */
public final class Dates {

    /** The founding of the Communist Party of China: no party date (step, term, activity, payment) is earlier. */
    public static final LocalDate PARTY_FOUNDED = LocalDate.of(1921, 7, 1);
    /** No member was born, and no enterprise was founded, earlier. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    public static final LocalDate EARLIEST_FOUNDING = EARLIEST_BIRTH;
    /** How far ahead a planned date (the start or end of an assignment) may lie. */
    public static final int LATEST_PLANNED_YEARS = 5;

    private Dates() {
    }

    /** Refuses a date before {@code earliest} on {@code field}; null passes (whether it is required is another rule). */
    public static void notBefore(String field, LocalDate date, LocalDate earliest) {
        if (date != null && date.isBefore(earliest)) {
            throw BusinessException.onField(field, "error.dateTooEarly", date, earliest);
        }
    }

    /** Refuses a date after {@code latest} on {@code field}, naming the bound; null passes. */
    public static void notAfter(String field, LocalDate date, LocalDate latest) {
        if (date != null && date.isAfter(latest)) {
            throw BusinessException.onField(field, "error.dateTooLate", date, latest);
        }
    }

    /** Refuses a date after {@code today} on {@code field}: something that has already happened; null passes. */
    public static void notInFuture(String field, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            throw BusinessException.onField(field, "error.dateInFuture", date);
        }
    }

    /** The latest a planned date may be: {@link #LATEST_PLANNED_YEARS} years from {@code today}. */
    public static LocalDate latestPlanned(LocalDate today) {
        return today.plusYears(LATEST_PLANNED_YEARS);
    }

    /** A date that may be planned: not more than {@link #LATEST_PLANNED_YEARS} years after {@code today}. */
    public static void planned(String field, LocalDate date, LocalDate today) {
        notAfter(field, date, latestPlanned(today));
    }

    /** A party date: not before {@link #PARTY_FOUNDED}. */
    public static void partyDate(String field, LocalDate date) {
        notBefore(field, date, PARTY_FOUNDED);
    }
}
