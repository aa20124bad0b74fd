package org.partyregistry.brand.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrandServiceTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    @Test
    @DisplayName("B6: a period needs both days, the last not before the first, and at most 10 years")
    void period() {
        assertRefused(() -> BrandService.checkPeriod(null, FROM), "brand.periodRequired", "from");
        assertRefused(() -> BrandService.checkPeriod(FROM, null), "brand.periodRequired", "to");
        assertRefused(() -> BrandService.checkPeriod(FROM, FROM.minusDays(1)), "brand.periodReversed", "to");
        assertThatCode(() -> BrandService.checkPeriod(FROM, FROM)).doesNotThrowAnyException();
        assertThatCode(() -> BrandService.checkPeriod(FROM, FROM.plusYears(10))).doesNotThrowAnyException();
        assertRefused(() -> BrandService.checkPeriod(FROM, FROM.plusYears(10).plusDays(1)), "brand.periodTooLong",
                "to");
    }
}
