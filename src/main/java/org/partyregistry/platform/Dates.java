package org.partyregistry.platform;

import java.time.LocalDate;

/**
 * The earliest dates the records can be about, so a typing slip (0201 for 2021) is refused on its field instead of
 * being stored; the latest is today (China Standard Time), which each rule checks where the future makes no sense.
 */
public final class Dates {

    /** The founding of the Communist Party of China: no party date (step, term, activity, payment) is earlier. */
    public static final LocalDate PARTY_FOUNDED = LocalDate.of(1921, 7, 1);
    /** No member was born, and no enterprise was founded, earlier. */
    public static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    public static final LocalDate EARLIEST_FOUNDING = EARLIEST_BIRTH;

    private Dates() {
    }

    /** Refuses a date before {@code earliest} on {@code field}; null passes (whether it is required is another rule). */
    public static void notBefore(String field, LocalDate date, LocalDate earliest) {
        if (date != null && date.isBefore(earliest)) {
            throw BusinessException.onField(field, "error.dateTooEarly", date, earliest);
        }
    }

    /** A party date: not before {@link #PARTY_FOUNDED}. */
    public static void partyDate(String field, LocalDate date) {
        notBefore(field, date, PARTY_FOUNDED);
    }
}
