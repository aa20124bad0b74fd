package org.partyregistry.award.control;

import java.time.LocalDate;
import java.util.List;

/** The awardees of a year's ceremony in the caller's scope, by organization then name (rule AW9). */
public record MedalRoster(int year, String awardingBody, LocalDate asOf, List<Line> lines) {

    public record Line(String name, String sex, int birthYear, String organizationName, LocalDate partyStandingStart,
                       int standingYears, LocalDate awardedOn) {
    }

    /** The ceremony dates, earliest first (normally one). */
    public List<LocalDate> ceremonies() {
        return lines.stream().map(Line::awardedOn).distinct().sorted().toList();
    }
}
