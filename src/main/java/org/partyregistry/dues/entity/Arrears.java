package org.partyregistry.dues.entity;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A member's arrears on a date (rule D8): the months in a row left unpaid up to the last complete month, the first
 * of them ({@code null} when none) and the level that gives.
 */
public record Arrears(LocalDate asOf, int monthsUnpaid, YearMonth unpaidSince, ArrearsLevel level) {
}
