package org.partyregistry.activity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.activity.control.ComplianceMatrix;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.Messages;
import org.primefaces.model.charts.bar.BarChartModel;

class MatrixChartTest {

    private static ComplianceMatrix.Subtotal subtotal(long id, int required, long valid, String rate) {
        return new ComplianceMatrix.Subtotal(id, "O" + id, OrganizationType.COMMITTEE, required, valid,
                required - valid, rate == null ? null : new BigDecimal(rate), 2, required > valid ? 1 : 0);
    }

    private static ComplianceMatrix matrix(List<ComplianceMatrix.Subtotal> subtotals) {
        return new ComplianceMatrix(1L, "O1", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null,
                false, List.of(), List.of(), new ComplianceMatrix.Total(Map.of(), 0, 0, 0, null, 1, 0), subtotals);
    }

    @Test
    @DisplayName("ACT19: a bar per organization below the chosen one that owes something, its rate in percent")
    void barsInPercent() {
        BarChartModel chart = MatrixChart.of(matrix(List.of(subtotal(2, 48, 30, "0.6250"),
                subtotal(3, 0, 0, null), subtotal(4, 12, 12, "1.0000"))), Messages.of(java.util.Locale.CHINA));

        assertThat(chart.getData().getLabels()).isEqualTo(List.of("O2", "O4"));
        assertThat(chart.getData().getDataSet().get(0)).extracting("data").asList()
                .containsExactly(new BigDecimal("62.5"), new BigDecimal("100.0"));
    }

    @Test
    @DisplayName("nothing owed below the chosen organization: no chart")
    void noChart() {
        assertThat(MatrixChart.of(matrix(List.of(subtotal(2, 0, 0, null))), Messages.of(java.util.Locale.CHINA)))
                .isNull();
        assertThat(MatrixChart.of(matrix(List.of()), Messages.of(java.util.Locale.CHINA))).isNull();
    }
}
