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
}
