package org.partyregistry.dues.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.partyregistry.platform.BusinessException;

/**
 * Monthly dues from a category and a monthly income (rules D1-D3): one rate on the whole income, never tax-style
 * slices; yuan in {@link BigDecimal} with two decimals, rounded half up. A pure function of its arguments.
 */
public final class DuesCalculator {

    /** Two decimals: yuan and fen. */
    public static final int SCALE = 2;
    /** Rule D2: what students, the unemployed and members on relief pay a month. */
    public static final BigDecimal FLAT_MONTHLY = new BigDecimal("0.20");
    /** The largest amount of money stored: the columns are NUMERIC(12,2). */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

    static final BigDecimal LIMIT_3000 = new BigDecimal("3000");
    static final BigDecimal LIMIT_5000 = new BigDecimal("5000");
    static final BigDecimal LIMIT_10000 = new BigDecimal("10000");
    static final BigDecimal HALF_PERCENT = new BigDecimal("0.005");
    static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");
    static final BigDecimal ONE_AND_HALF_PERCENT = new BigDecimal("0.015");
    static final BigDecimal TWO_PERCENT = new BigDecimal("0.02");

    private DuesCalculator() {
    }

    /**
     * Rules D1-D3. The income is refused when missing, negative or finer than a fen; for the flat categories it is
     * still recorded, but does not change the amount.
     */
    public static DuesAssessment assess(DuesCategory category, BigDecimal income) {
        if (category == null) {
            throw BusinessException.onField("category", "dues.categoryRequired");
        }
        BigDecimal yuan = yuan("income", income);
        if (category.isFlat()) {
            return new DuesAssessment(category, yuan, null, FLAT_MONTHLY);
        }
        BigDecimal rate = rate(category, yuan);
        return new DuesAssessment(category, yuan, rate, yuan.multiply(rate).setScale(SCALE, RoundingMode.HALF_UP));
    }

    /** Rule D1: the single rate for the whole income; each limit belongs to the lower bracket. */
    static BigDecimal rate(DuesCategory category, BigDecimal income) {
        return switch (category) {
            case IN_SERVICE -> atMost(income, LIMIT_3000) ? HALF_PERCENT
                    : atMost(income, LIMIT_5000) ? ONE_PERCENT
                    : atMost(income, LIMIT_10000) ? ONE_AND_HALF_PERCENT
                    : TWO_PERCENT;
            case RETIRED -> atMost(income, LIMIT_5000) ? HALF_PERCENT : ONE_PERCENT;
            case STUDENT, UNEMPLOYED, RELIEF -> throw new IllegalArgumentException(category + " pays a flat amount");
        };
    }

    /**
     * Rule D3 for any amount of money entered: present, not negative, at most two decimals (trailing zeros aside),
     * at most {@link #MAX_AMOUNT} (what the NUMERIC(12,2) columns hold); returned with exactly two decimals.
     */
    public static BigDecimal yuan(String field, BigDecimal amount) {
        if (amount == null) {
            throw BusinessException.onField(field, "dues.amountRequired");
        }
        if (amount.signum() < 0) {
            throw BusinessException.onField(field, "dues.amountNegative", shown(amount));
        }
        if (amount.compareTo(MAX_AMOUNT) > 0) {
            throw BusinessException.onField(field, "dues.amountTooLarge", MAX_AMOUNT.toPlainString());
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw BusinessException.onField(field, "dues.amountScale", shown(amount));
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** The amount as typed, unless written out it would be huge (1e-999999999 has a billion digits). */
    private static String shown(BigDecimal amount) {
        return Math.abs((long) amount.scale()) > 30 ? amount.toString() : amount.toPlainString();
    }

    private static boolean atMost(BigDecimal value, BigDecimal limit) {
        return value.compareTo(limit) <= 0;
    }
}
