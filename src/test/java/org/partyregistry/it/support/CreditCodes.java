package org.partyregistry.it.support;

import java.util.Random;

/** Fresh, random unified social credit codes (GB 32100) of enterprises, with a correct check character. */
public final class CreditCodes {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Random RANDOM = new Random();

    private CreditCodes() {
    }

    /** A fresh code with a correct check character. */
    public static String fresh() {
        StringBuilder code = new StringBuilder("91370700");
        while (code.length() < 17) {
            code.append(CHARSET.charAt(RANDOM.nextInt(CHARSET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return code.append(CHARSET.charAt(check == 31 ? 0 : check)).toString();
    }
}
