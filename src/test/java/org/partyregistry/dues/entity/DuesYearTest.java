package org.partyregistry.dues.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partyregistry.dues.entity.DuesCategory.IN_SERVICE;
import static org.partyregistry.dues.entity.DuesCategory.RETIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.platform.BusinessException;

/** The stored year rebuilds the same {@link AnnualDues}: the rules are applied again to what was kept. */
class DuesYearTest {

    static final LocalDate ON = LocalDate.of(2026, 1, 10);
    static final CommitteeApproval APPROVAL = new CommitteeApproval("staff", LocalDate.of(2026, 1, 9));

    @Test
    @DisplayName("D4 an entry is a proposal until confirmed; a confirmed year cannot be entered again")
    void entryThenConfirmation() {
        AnnualDues annual = AnnualDues.propose(Year.of(2026), IN_SERVICE, new BigDecimal("5100"));
        DuesYear row = new DuesYear(null, annual);
        assertThat(row.isConfirmed()).isFalse();
        assertThat(row.getStandardMonthly()).isEqualTo(new BigDecimal("76.50"));
        assertThat(row.toAnnualDues().isConfirmed()).isFalse();
        row.enter(AnnualDues.propose(Year.of(2026), IN_SERVICE, new BigDecimal("4900")));
        assertThat(row.getMonthly()).isEqualTo(new BigDecimal("49.00"));
        AnnualDues confirmed = row.toAnnualDues();
        confirmed.confirm(null, null, null);
        row.confirm(confirmed, ON);
        assertThat(row.isConfirmed()).isTrue();
        assertThat(row.getConfirmedOn()).isEqualTo(ON);
        assertThatThrownBy(() -> row.enter(AnnualDues.propose(Year.of(2026), IN_SERVICE, BigDecimal.TEN)))
                .isInstanceOf(BusinessException.class).hasMessage("dues.yearAlreadyFixed");
        assertThatThrownBy(() -> row.confirm(AnnualDues.propose(Year.of(2026), IN_SERVICE, BigDecimal.TEN), ON))
                .as("only a confirmed AnnualDues is recorded").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("D5 a reduction and a change during the year survive the round trip with their approvals")
    void roundTrip() {
        AnnualDues annual = AnnualDues.propose(Year.of(2026), IN_SERVICE, new BigDecimal("5100"));
        annual.confirm(new BigDecimal("50"), "生活困难", APPROVAL);
        DuesYear row = new DuesYear(null, annual);
        row.confirm(annual, ON);
        DuesChange change = annual.change(YearMonth.of(2026, 7), RETIRED, new BigDecimal("6000"), null, "退休",
                null);
        row.record(change, ON);

        AnnualDues rebuilt = row.toAnnualDues();
        assertThat(rebuilt.getMonthly()).isEqualTo(new BigDecimal("50.00"));
        assertThat(rebuilt.getApproval()).isEqualTo(APPROVAL);
        assertThat(rebuilt.monthlyFor(YearMonth.of(2026, 6))).isEqualTo(new BigDecimal("50.00"));
        assertThat(rebuilt.monthlyFor(YearMonth.of(2026, 7))).isEqualTo(new BigDecimal("60.00"));
        assertThat(rebuilt.getChanges()).containsExactly(change);
        assertThat(row.getChanges()).singleElement().satisfies(c -> {
            assertThat(c.getFrom()).isEqualTo(YearMonth.of(2026, 7));
            assertThat(c.getReason()).isEqualTo("退休");
            assertThat(c.getChangedOn()).isEqualTo(ON);
        });
    }
}
