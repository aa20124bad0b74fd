package org.partyregistry.member.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;

/**
 * A resident ID number (GB 11643), rule M1. A value: never stored in clear (see {@code PersonalDataCipher}), shown
 * {@link #masked()} unless the viewer may reveal it. {@link #toString()} is the mask, so a careless log line leaks
 * nothing.
 */
public final class IdNumber {

    public static final int LENGTH = 18;
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private final String value;
    private final LocalDate birthDate;

    private IdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses and checks an ID number; a lowercase x is accepted as X. Refusals name the field "idNumber". */
    public static IdNumber parse(String input, LocalDate today) {
        String text = input == null ? "" : input.strip().toUpperCase(java.util.Locale.ROOT);
        if (text.isEmpty()) {
            throw BusinessException.onField("idNumber", "member.idNumberRequired");
        }
        if (!hasShape(text)) {
            throw BusinessException.onField("idNumber", "member.idNumberFormat");
        }
        char expected = checkCharacter(text.substring(0, 17));
        if (text.charAt(17) != expected) {
            throw BusinessException.onField("idNumber", "member.idNumberCheck");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            throw BusinessException.onField("idNumber", "member.idNumberBirthDate");
        }
        if (birth.isAfter(today) || birth.isBefore(Dates.EARLIEST_BIRTH)) {
            throw BusinessException.onField("idNumber", "member.idNumberBirthDate");
        }
        return new IdNumber(text, birth);
    }

    /**
     * Whether the text looks like an ID number: 17 digits and a digit or X (either case), blanks around it ignored.
     * The check character and the birth date are not looked at.
     */
    public static boolean hasShape(String input) {
        String text = input == null ? "" : input.strip().toUpperCase(java.util.Locale.ROOT);
        return text.length() == LENGTH && text.substring(0, 17).chars().allMatch(IdNumber::isDigit)
                && (isDigit(text.charAt(17)) || text.charAt(17) == 'X');
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** First 6 and last 4 characters, 8 {@code *} between: the hidden part is exactly the birth date. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String value) {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return masked();
    }
}
