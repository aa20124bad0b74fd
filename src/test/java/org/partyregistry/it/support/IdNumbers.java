package org.partyregistry.it.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Valid, fictional resident ID numbers (GB 11643 check character) for the members the tests register.
 * {@link #unique} never hands out the same number twice in a test run: a random area code starting with 9 (no real
 * one does) per run, so runs against a kept database never collide. {@link #bornOn} keeps the exact birth date, for
 * tests that check what the number says.
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final int AREA_START = ThreadLocalRandom.current().nextInt(100_000);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private IdNumbers() {
    }

    /**
     * A new number never handed out before in this run, born on {@code birth}: the n-th number of the run takes
     * the sequence n mod 500 within the area code run-start + n / 500, so two numbers never share area and
     * sequence whatever their birth dates (moving the birth date instead could meet another number's date).
     */
    public static String unique(LocalDate birth, boolean male) {
        int n = SEQUENCE.getAndIncrement();
        String area = "9" + String.format("%05d", (AREA_START + n / 500) % 100_000);
        String first17 = area + birth.toString().replace("-", "") + String.format("%03d", (n % 500) * 2
                + (male ? 1 : 0));
        return first17 + check(first17);
    }

    /** A number of the demo area code with exactly this birth date and a random sequence number. */
    public static String bornOn(LocalDate birth, boolean male) {
        int sequence = ThreadLocalRandom.current().nextInt(0, 500) * 2 + (male ? 1 : 0);
        String first17 = "370700" + birth.toString().replace("-", "") + String.format("%03d", sequence);
        return first17 + check(first17);
    }

    /** A birth date between 1955 and 1995. */
    public static LocalDate randomBirth() {
        return LocalDate.of(1955, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 365 * 40));
    }

    /** The check character of the first 17 characters of a number. */
    public static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** The same number with a wrong check character. */
    public static String withWrongCheck(String idNumber) {
        char right = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (right == '1' ? '2' : '1');
    }
}
