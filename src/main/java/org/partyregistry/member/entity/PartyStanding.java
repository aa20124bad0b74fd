package org.partyregistry.member.entity;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** Rule M10: whole years of party standing, suspension periods taken out. */
public final class PartyStanding {

    private PartyStanding() {
    }

    /** Whole years of standing from {@code start} to {@code asOf}, suspensions taken out; null without a start. */
    public static Integer years(LocalDate start, List<Suspension> suspensions, LocalDate asOf) {
        if (start == null) {
            return null;
        }
        if (start.isAfter(asOf)) {
            return 0;
        }
        return years(start, suspensions.stream().mapToLong(s -> s.daysWithin(start, asOf)).sum(), asOf);
    }

    /**
     * Given the suspended days between {@code start} and {@code asOf} (e.g. summed by a query): whole years of
     * standing, null without a start.
     */
    public static Integer years(LocalDate start, long suspendedDays, LocalDate asOf) {
        if (start == null) {
            return null;
        }
        if (start.isAfter(asOf)) {
            return 0;
        }
        return Period.between(start, asOf.minusDays(suspendedDays)).getYears();
    }
}
