package org.partyregistry.dues.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.dues.entity.DuesCategory;

class DuesResourceTest {

    @Test
    @DisplayName("the category parameter is one of the five names; anything else is refused on its field")
    void readsTheCategory() {
        for (DuesCategory category : DuesCategory.values()) {
            assertThat(DuesResource.category(category.name())).isEqualTo(category);
        }
        assertRefused(() -> DuesResource.category("PENSIONER"), "dues.unknownCategory", "category");
        assertRefused(() -> DuesResource.category("in_service"), "dues.unknownCategory", "category");
        assertRefused(() -> DuesResource.category(null), "dues.categoryRequired", "category");
        assertRefused(() -> DuesResource.category(" "), "dues.categoryRequired", "category");
    }

    @Test
    @DisplayName("the income parameter is a plain decimal; words, exponents and empty values are refused")
    void readsTheIncome() {
        assertThat(DuesResource.amount("income", "5100.00")).isEqualTo(new BigDecimal("5100.00"));
        assertThat(DuesResource.amount("income", "-3")).as("the sign is the calculator's business")
                .isEqualTo(new BigDecimal("-3"));
        assertRefused(() -> DuesResource.amount("income", "abc"), "dues.amountNotNumber", "income");
        assertRefused(() -> DuesResource.amount("income", "1e5"), "dues.amountNotNumber", "income");
        assertRefused(() -> DuesResource.amount("income", "5,100"), "dues.amountNotNumber", "income");
        assertRefused(() -> DuesResource.amount("income", ""), "dues.amountRequired", "income");
        assertRefused(() -> DuesResource.amount("income", null), "dues.amountRequired", "income");
    }

    @Test
    @DisplayName("D14 a page's key is YYYY-MM,memberId (the last row's unpaidSince and memberId); nothing else")
    void readsThePageKey() {
        assertThat(DuesResource.after("2025-03,1234")).isEqualTo(new org.partyregistry.dues.control.DuesArrearsService
                .After(java.time.YearMonth.of(2025, 3), 1234));
        assertThat(DuesResource.after(null)).isNull();
        assertThat(DuesResource.after(" ")).isNull();
        assertRefused(() -> DuesResource.after("2025-03"), "dues.afterFormat", "after");
        assertRefused(() -> DuesResource.after("2025-13,5"), "dues.afterFormat", "after");
        assertRefused(() -> DuesResource.after("2025-03,x"), "dues.afterFormat", "after");
        assertRefused(() -> DuesResource.after("2025-03,1,2"), "dues.afterFormat", "after");
    }
}
