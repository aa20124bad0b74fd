package org.partyregistry.enterprise.entity;

import org.partyregistry.platform.BusinessException;

/** Rule E1: the unified social credit code (统一社会信用代码) of GB 32100-2015. */
public final class CreditCode {

    public static final int LENGTH = 18;
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** The code in canonical (uppercase, trimmed) form, or a refusal on the {@code creditCode} field. */
    public static String normalize(String code) {
        String canonical = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (canonical.length() != LENGTH) {
            throw BusinessException.onField("creditCode", "enterprise.creditCodeLength", LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(canonical.charAt(i)) < 0) {
                throw BusinessException.onField("creditCode", "enterprise.creditCodeCharacter", canonical.charAt(i));
            }
        }
        if (checkCharacter(canonical.substring(0, LENGTH - 1)) != canonical.charAt(LENGTH - 1)) {
            throw BusinessException.onField("creditCode", "enterprise.creditCodeCheck");
        }
        return canonical;
    }

    public static boolean isValid(String code) {
        try {
            normalize(code);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
