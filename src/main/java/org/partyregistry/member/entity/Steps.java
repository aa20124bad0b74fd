package org.partyregistry.member.entity;

import java.time.LocalDate;
import java.time.Month;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;

/**
 * The dated steps of admission (rules M3-M8): a value checked as a whole, so registration and every later intent
 * apply the same rules.
 */
public record Steps(LocalDate appliedOn, LocalDate activistOn, LocalDate developmentTargetOn,
                    LocalDate probationaryOn, LocalDate fullOn) {

    /** First and last day of the era without probation (rule M7). */
    public static final LocalDate NO_PROBATION_FROM = LocalDate.of(1969, Month.APRIL, 1);
    public static final LocalDate NO_PROBATION_UNTIL = LocalDate.of(1977, Month.AUGUST, 11);
    public static final int ADULT_AGE = 18;
    public static final int MIN_EXTENSION_MONTHS = 6;
    public static final int MAX_EXTENSION_MONTHS = 12;

    private static final String[] FIELDS = {"appliedOn", "activistOn", "developmentTargetOn", "probationaryOn",
        "fullOn"};

    LocalDate[] dates() {
        return new LocalDate[] {appliedOn, activistOn, developmentTargetOn, probationaryOn, fullOn};
    }

    /**
     * The date of admission as far as the record tells: the probationary step, or for a member recorded with only
     * a full-membership date (common for old members), that date; null before admission.
     */
    public LocalDate admittedOn() {
        return probationaryOn != null ? probationaryOn : fullOn;
    }

    /** Rule M7: admitted in the era without probation. */
    public boolean admittedWithoutProbation() {
        return probationaryOn != null && !probationaryOn.isBefore(NO_PROBATION_FROM)
                && !probationaryOn.isAfter(NO_PROBATION_UNTIL);
    }

    /** Rule M8: the stage of the latest step on record. */
    public Stage stage() {
        if (fullOn != null || admittedWithoutProbation()) {
            return Stage.FULL;
        }
        LocalDate[] dates = dates();
        for (int i = dates.length - 1; i >= 0; i--) {
            if (dates[i] != null) {
                return Stage.values()[i];
            }
        }
        return null;
    }

    /** The date of the latest step on record. */
    public LocalDate latest() {
        LocalDate[] dates = dates();
        for (int i = dates.length - 1; i >= 0; i--) {
            if (dates[i] != null) {
                return dates[i];
            }
        }
        return null;
    }

    public LocalDate earliest() {
        for (LocalDate date : dates()) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    public LocalDate of(Stage stage) {
        return dates()[stage.ordinal()];
    }

    /** The same steps with {@code stage}'s date set. */
    public Steps with(Stage stage, LocalDate on) {
        LocalDate[] dates = dates();
        dates[stage.ordinal()] = on;
        return new Steps(dates[0], dates[1], dates[2], dates[3], dates[4]);
    }

    /** Rule M9 without a staff correction: fullOn, or probationaryOn for the era without probation. */
    public LocalDate standingStart() {
        return admittedWithoutProbation() ? probationaryOn : fullOn;
    }

    /** Last day of probation plus one: one year from admission, plus the extension (rule M6). */
    public LocalDate probationEnds(Integer extensionMonths) {
        if (probationaryOn == null || admittedWithoutProbation()) {
            return null;
        }
        return probationaryOn.plusYears(1).plusMonths(extensionMonths == null ? 0 : extensionMonths);
    }

    /** Rules M3-M7; refusals name the step at fault. */
    public void check(LocalDate birthDate, Integer extensionMonths, LocalDate today) {
        LocalDate[] dates = dates();
        LocalDate previous = null;
        String previousField = null;
        for (int i = 0; i < dates.length; i++) {
            LocalDate date = dates[i];
            if (date == null) {
                continue;
            }
            Dates.notInFuture(FIELDS[i], date, today);
            Dates.notBefore(FIELDS[i], date, Dates.PARTY_FOUNDED);
            if (previous != null && date.isBefore(previous)) {
                throw BusinessException.onField(FIELDS[i], "member.stepOutOfOrder", date, previous,
                        previousField);
            }
            previous = date;
            previousField = FIELDS[i];
        }
        LocalDate first = earliest();
        if (first == null) {
            throw BusinessException.onField("appliedOn", "member.stepRequired");
        }
        if (birthDate != null && Age.adultOn(birthDate).isAfter(first)) {
            throw BusinessException.onField(FIELDS[indexOf(first)], "member.underAge", ADULT_AGE,
                    Age.adultOn(birthDate));
        }
        if (activistOn != null && developmentTargetOn != null
                && developmentTargetOn.isBefore(activistOn.plusYears(1))) {
            throw BusinessException.onField("developmentTargetOn", "member.cultivationTooShort",
                    activistOn.plusYears(1));
        }
        if (fullOn != null && probationaryOn != null && !admittedWithoutProbation()) {
            LocalDate ends = probationEnds(extensionMonths);
            if (fullOn.isBefore(ends)) {
                throw BusinessException.onField("fullOn", "member.probationTooShort", ends);
            }
            if (fullOn.isAfter(probationaryOn.plusYears(2))) {
                throw BusinessException.onField("fullOn", "member.probationTooLong", probationaryOn.plusYears(2));
            }
        }
    }

    private int indexOf(LocalDate date) {
        LocalDate[] dates = dates();
        for (int i = 0; i < dates.length; i++) {
            if (date.equals(dates[i])) {
                return i;
            }
        }
        return 0;
    }

    public static String field(Stage stage) {
        return FIELDS[stage.ordinal()];
    }
}
