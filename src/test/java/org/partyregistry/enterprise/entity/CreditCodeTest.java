package org.partyregistry.enterprise.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** A public example of a unified social credit code. */
    static final String KNOWN_VALID = "91350100M000100Y43";

    /** GB 32100-2015, computed here without the production code. */
    static final String GB_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] GB_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    static char expectedCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = GB_CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the GB 32100 charset: " + first17.charAt(i));
            }
            sum += value * GB_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return GB_CHARSET.charAt(check == 31 ? 0 : check);
    }

    /** The third column of seeds/enterprises.csv, comment lines and the header skipped. */
    static List<String> seedCodes() throws IOException {
        return Files.readAllLines(Path.of("seeds", "enterprises.csv"), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .skip(1)
                .map(line -> line.split(",", -1)[2])
                .toList();
    }

    @Test
    @DisplayName("E1 the test's weight table is 3^i mod 31 and the charset has 31 characters without I, O, Z, S, V")
    void standardTable() {
        for (int i = 0; i < GB_WEIGHTS.length; i++) {
            assertThat(GB_WEIGHTS[i]).as("weight %d", i).isEqualTo(java.math.BigInteger.valueOf(3).pow(i)
                    .mod(java.math.BigInteger.valueOf(31)).intValue());
        }
        assertThat(GB_CHARSET).hasSize(31).doesNotContain("I", "O", "Z", "S", "V");
        assertThat(CreditCode.CHARSET).isEqualTo(GB_CHARSET);
    }

    @Test
    @DisplayName("E1 the public example 91350100M000100Y43 is valid and kept as is")
    void knownValid() {
        assertThat(expectedCheck(KNOWN_VALID.substring(0, 17))).isEqualTo('3');
        assertThat(CreditCode.checkCharacter(KNOWN_VALID.substring(0, 17))).isEqualTo('3');
        assertThat(CreditCode.isValid(KNOWN_VALID)).isTrue();
        assertThat(CreditCode.normalize(KNOWN_VALID)).isEqualTo(KNOWN_VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91370700MA3C00000", "12100000400000000", "11111111111111111",
            "YYYYYYYYYYYYYYYYY", "0123456789ABCDEFG", "HJKLMNPQRTUWXY012", "52350100MJ0000001"})
    @DisplayName("E1 the check character agrees with an independent GB 32100 computation")
    void checkCharacterMatchesStandard(String first17) {
        char check = expectedCheck(first17);
        assertThat(CreditCode.checkCharacter(first17)).isEqualTo(check);
        assertThat(CreditCode.isValid(first17 + check)).isTrue();
    }

    @Test
    @DisplayName("E1 a weighted sum divisible by 31 gives check character '0' (31 maps to 0)")
    void thirtyOneMapsToZero() {
        assertThat(expectedCheck("00000000000000000")).isEqualTo('0');
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
        assertThat(CreditCode.isValid("000000000000000000")).isTrue();
        // sum 1 → 31 - 1 = 30 → 'Y', the last character of the set
        assertThat(CreditCode.checkCharacter("10000000000000000")).isEqualTo('Y');
        assertThat(CreditCode.isValid("10000000000000000Y")).isTrue();
    }

    @Test
    @DisplayName("E1 lowercase (and surrounding spaces) are accepted and normalized to uppercase")
    void lowercaseNormalized() {
        assertThat(CreditCode.normalize("91350100m000100y43")).isEqualTo(KNOWN_VALID);
        assertThat(CreditCode.normalize("  91350100m000100Y43 ")).isEqualTo(KNOWN_VALID);
        assertThat(CreditCode.isValid("91350100m000100y43")).isTrue();
    }

    @Test
    @DisplayName("E1 17 or 19 characters, empty or missing are refused on the length")
    void length() {
        assertRefused(() -> CreditCode.normalize(KNOWN_VALID.substring(0, 17)), "enterprise.creditCodeLength",
                "creditCode");
        assertRefused(() -> CreditCode.normalize(KNOWN_VALID + "0"), "enterprise.creditCodeLength", "creditCode");
        assertRefused(() -> CreditCode.normalize(""), "enterprise.creditCodeLength", "creditCode");
        assertRefused(() -> CreditCode.normalize(null), "enterprise.creditCodeLength", "creditCode");
        assertThat(CreditCode.isValid(KNOWN_VALID.substring(0, 17))).isFalse();
        assertThat(CreditCode.isValid(KNOWN_VALID + "0")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V', 'i', 'o', 'z', 's', 'v', '-', ' '})
    @DisplayName("E1 I, O, Z, S, V (in either case) and other characters outside the set are refused")
    void charactersOutsideTheSet(char bad) {
        String code = KNOWN_VALID.substring(0, 8) + bad + KNOWN_VALID.substring(9);
        assertThat(code).hasSize(18);
        assertRefused(() -> CreditCode.normalize(code), "enterprise.creditCodeCharacter", "creditCode");
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    @DisplayName("E1 I, O, Z, S, V are refused even as the check character")
    void badCheckCharacterOutsideTheSet() {
        for (char bad : "IOZSV".toCharArray()) {
            assertRefused(() -> CreditCode.normalize(KNOWN_VALID.substring(0, 17) + bad),
                    "enterprise.creditCodeCharacter", "creditCode");
        }
    }

    @Test
    @DisplayName("E1 every other check character is refused")
    void changedCheckCharacter() {
        String first17 = KNOWN_VALID.substring(0, 17);
        int refused = 0;
        for (char other : GB_CHARSET.toCharArray()) {
            if (other == '3') {
                continue;
            }
            assertRefused(() -> CreditCode.normalize(first17 + other), "enterprise.creditCodeCheck", "creditCode");
            assertThat(CreditCode.isValid(first17 + other)).isFalse();
            refused++;
        }
        assertThat(refused).isEqualTo(30);
    }

    @Test
    @DisplayName("E1 a changed body character with the old check character is refused")
    void changedBody() {
        String swapped = "91350100M000100Y53"; // the 17th character changed, check kept
        assertRefused(() -> CreditCode.normalize(swapped), "enterprise.creditCodeCheck", "creditCode");
        String transposed = "19350100M000100Y43"; // the first two characters swapped
        assertRefused(() -> CreditCode.normalize(transposed), "enterprise.creditCodeCheck", "creditCode");
    }

    @Test
    @DisplayName("E1 every credit code in seeds/enterprises.csv is valid, canonical and unique")
    void seedCodesValidAndUnique() throws IOException {
        List<String> codes = seedCodes();
        assertThat(codes).hasSizeGreaterThan(10);
        for (String code : codes) {
            assertThat(code).as("seed code %s", code).hasSize(18);
            assertThat(expectedCheck(code.substring(0, 17))).as("GB 32100 check of %s", code)
                    .isEqualTo(code.charAt(17));
            assertThat(CreditCode.isValid(code)).as("valid %s", code).isTrue();
            assertThat(CreditCode.normalize(code)).as("canonical %s", code).isEqualTo(code);
        }
        Set<String> unique = new HashSet<>();
        assertThat(codes).filteredOn(code -> !unique.add(code)).as("duplicated codes").isEmpty();
    }
}
