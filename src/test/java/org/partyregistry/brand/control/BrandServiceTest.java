package org.partyregistry.brand.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.security.Role;
import org.partyregistry.security.Scope;

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

    @Test
    @DisplayName("B12: a secretary sees their own organizations' rows; all others only summed, without id or name")
    void othersSummed() {
        List<BrandService.Reached> reached = List.of(
                new BrandService.Reached(new BrandReport.OrganizationReached(2L, "本支部", 3, 10), "/1/2/"),
                new BrandService.Reached(new BrandReport.OrganizationReached(5L, "下级小组", 1, 4), "/1/2/5/"),
                new BrandService.Reached(new BrandReport.OrganizationReached(3L, "另一支部", 2, 7), "/1/3/"),
                new BrandService.Reached(new BrandReport.OrganizationReached(4L, "第三支部", 4, 9), "/1/4/"));
        Scope secretary = new Scope("sec", Role.BRANCH_SECRETARY, 2L, "/1/2/");
        assertThat(BrandService.visible(secretary, reached)).containsExactly(
                new BrandReport.OrganizationReached(2L, "本支部", 3, 10),
                new BrandReport.OrganizationReached(5L, "下级小组", 1, 4),
                new BrandReport.OrganizationReached(null, null, 6, 16));
        assertThat(BrandService.visible(new Scope("staff", Role.COMMITTEE_STAFF, null, null), reached))
                .as("staff see every organization").hasSize(4).noneMatch(o -> o.organizationId() == null);
        assertThat(BrandService.visible(secretary, reached.subList(0, 2))).as("no others, no others row").hasSize(2);
    }
}
