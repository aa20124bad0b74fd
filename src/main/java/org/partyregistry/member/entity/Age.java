package org.partyregistry.member.entity;

import java.time.LocalDate;
import java.time.Month;

/**
 * Rule M4's age, the one place it is computed (the application check, a corrected standing start and the age
 * shown): someone born on 29 February has their birthday on 1 March in a non-leap year.
 */
public final class Age {

    private Age() {
    }

    /** The day someone born on {@code birthDate} turns {@code years}. */
    public static LocalDate birthday(LocalDate birthDate, int years) {
        LocalDate day = birthDate.plusYears(years);
        boolean leapDay = birthDate.getMonth() == Month.FEBRUARY && birthDate.getDayOfMonth() == 29;
        return leapDay && day.getDayOfMonth() != 29 ? day.plusDays(1) : day;
    }

    /** The day someone born on {@code birthDate} becomes an adult (rule M4). */
    public static LocalDate adultOn(LocalDate birthDate) {
        return birthday(birthDate, Steps.ADULT_AGE);
    }

    /** Whole years of age on {@code date}: the birthdays reached on or before it. */
    public static int on(LocalDate birthDate, LocalDate date) {
        int years = date.getYear() - birthDate.getYear();
        if (years > 0 && birthday(birthDate, years).isAfter(date)) {
            years--;
        }
        return Math.max(0, years);
    }
}
