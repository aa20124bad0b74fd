package org.partyregistry.dues.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.dues.entity.DuesCategory.IN_SERVICE;
import static org.partyregistry.dues.entity.DuesCategory.RELIEF;
import static org.partyregistry.dues.entity.DuesCategory.RETIRED;
import static org.partyregistry.dues.entity.DuesCategory.STUDENT;
import static org.partyregistry.dues.entity.DuesCategory.UNEMPLOYED;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DuesCalculatorTest {

    private static DuesAssessment assess(DuesCategory category, String income) {
        return DuesCalculator.assess(category, new BigDecimal(income));
    }

    @Test
    @DisplayName("D1, D3 worked examples of domain.md: 5100 gives 76.50 and 4900 gives 49.00, two decimals")
    void workedExamples() {
        DuesAssessment above5000 = assess(IN_SERVICE, "5100");
        assertThat(above5000.monthly()).isEqualTo(new BigDecimal("76.50"));
        assertThat(above5000.rate()).isEqualTo(new BigDecimal("0.015"));
        assertThat(above5000.income()).isEqualTo(new BigDecimal("5100.00"));
        assertThat(above5000.category()).isEqualTo(IN_SERVICE);
        DuesAssessment below5000 = assess(IN_SERVICE, "4900");
        assertThat(below5000.monthly()).isEqualTo(new BigDecimal("49.00"));
        assertThat(below5000.rate()).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    @DisplayName("D1 one rate on the whole income, not tax-style slices (slices would give 36.50 for 5100)")
    void oneRateOnTheWholeIncome() {
        assertThat(assess(IN_SERVICE, "5100").monthly()).isNotEqualTo(new BigDecimal("36.50"))
                .isEqualTo(new BigDecimal("5100").multiply(new BigDecimal("0.015")).setScale(2));
    }

    @ParameterizedTest(name = "in service {0} -> rate {1}, {2} a month")
    @CsvSource({
        "0,        0.005, 0.00",
        "2999.99,  0.005, 15.00",
        "3000,     0.005, 15.00",
        "3000.00,  0.005, 15.00",
        "3000.01,  0.01,  30.00",
        "5000,     0.01,  50.00",
        "5000.01,  0.015, 75.00",
        "10000,    0.015, 150.00",
        "10000.01, 0.02,  200.00",
        "25000,    0.02,  500.00"
    })
    @DisplayName("D1 in service: each bracket edge belongs to the lower bracket, a fen more to the next")
    void inServiceBracketEdges(String income, String rate, String monthly) {
        DuesAssessment assessment = assess(IN_SERVICE, income);
        assertThat(assessment.rate()).isEqualTo(new BigDecimal(rate));
        assertThat(assessment.monthly()).isEqualTo(new BigDecimal(monthly));
    }

    @ParameterizedTest(name = "retired {0} -> rate {1}, {2} a month")
    @CsvSource({
        "0,       0.005, 0.00",
        "3000.01, 0.005, 15.00",
        "5000,    0.005, 25.00",
        "5000.01, 0.01,  50.00",
        "12000,   0.01,  120.00"
    })
    @DisplayName("D1 retired: 0.5% up to 5000 included, 1% above")
    void retiredBracketEdges(String income, String rate, String monthly) {
        DuesAssessment assessment = assess(RETIRED, income);
        assertThat(assessment.rate()).isEqualTo(new BigDecimal(rate));
        assertThat(assessment.monthly()).isEqualTo(new BigDecimal(monthly));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DuesCategory.class, names = {"STUDENT", "UNEMPLOYED", "RELIEF"})
    @DisplayName("D2 students, unemployed and relief pay 0.20 whatever the income, with no rate")
    void flatCategories(DuesCategory category) {
        for (String income : new String[] {"0", "800", "3000.01", "50000"}) {
            DuesAssessment assessment = assess(category, income);
            assertThat(assessment.monthly()).as(income).isEqualTo(new BigDecimal("0.20"));
            assertThat(assessment.rate()).as(income).isNull();
            assertThat(assessment.income()).as(income).isEqualByComparingTo(income);
        }
        assertThat(category.isFlat()).isTrue();
        assertThat(IN_SERVICE.isFlat()).isFalse();
        assertThat(RETIRED.isFlat()).isFalse();
    }

    @Test
    @DisplayName("D3 the product is rounded half up to the fen: 5.005 gives 5.01 and 33.325 gives 33.33")
    void roundsHalfUp() {
        assertThat(assess(IN_SERVICE, "1001").monthly()).isEqualTo(new BigDecimal("5.01"));
        assertThat(assess(IN_SERVICE, "3332.50").monthly()).isEqualTo(new BigDecimal("33.33"));
        assertThat(assess(IN_SERVICE, "3332.49").monthly()).isEqualTo(new BigDecimal("33.32"));
        assertThat(assess(RETIRED, "999").monthly()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    @DisplayName("D3 a negative, missing or sub-fen income is refused on the income field; a missing category too")
    void refusesBadIncome() {
        assertRefused(() -> assess(IN_SERVICE, "-0.01"), "dues.amountNegative", "income");
        assertRefused(() -> assess(STUDENT, "-5"), "dues.amountNegative", "income");
        assertRefused(() -> DuesCalculator.assess(RETIRED, null), "dues.amountRequired", "income");
        assertRefused(() -> assess(IN_SERVICE, "3000.001"), "dues.amountScale", "income");
        assertRefused(() -> assess(null, "3000"), "dues.categoryRequired", "category");
        assertThat(assess(IN_SERVICE, "3000.000").monthly()).as("trailing zeros are not a fraction of a fen")
                .isEqualTo(new BigDecimal("15.00"));
        assertThat(assess(UNEMPLOYED, "0").monthly()).isEqualTo(new BigDecimal("0.20"));
        assertThat(assess(RELIEF, "0").income()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    @DisplayName("D3 an amount over what NUMERIC(12,2) holds is refused on its field; a huge exponent is refused quickly")
    void refusesAmountsTheColumnsCannotHold() {
        assertThat(assess(IN_SERVICE, "9999999999.99").monthly()).isEqualTo(new BigDecimal("200000000.00"));
        assertRefused(() -> assess(IN_SERVICE, "1e10"), "dues.amountTooLarge", "income");
        assertRefused(() -> assess(STUDENT, "1E+308"), "dues.amountTooLarge", "income");
        assertRefused(() -> DuesCalculator.yuan("monthly", new BigDecimal("1e999999999")), "dues.amountTooLarge",
                "monthly");
        assertRefused(() -> DuesCalculator.yuan("amount", new BigDecimal("1e-999999999")), "dues.amountScale",
                "amount");
        try {
            DuesCalculator.yuan("amount", new BigDecimal("-1e-999999999"));
        } catch (org.partyregistry.platform.BusinessException e) {
            assertThat(e.args()[0].toString()).as("not written out with a billion digits").hasSizeLessThan(40);
        }
    }
}
