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

class MatrixChartTest {

    private static ComplianceMatrix.Row row(long id, Long parent, int depth, int required, long valid) {
        return new ComplianceMatrix.Row(id, "O" + id, OrganizationType.BRANCH, parent, depth, null, Map.of(),
                required, valid, Math.max(0, required - valid), null);
    }

    private static ComplianceMatrix matrix(List<ComplianceMatrix.Row> rows) {
        return matrix(1L, rows);
    }

    private static ComplianceMatrix matrix(Long top, List<ComplianceMatrix.Row> rows) {
        return new ComplianceMatrix(top, top == null ? null : "O" + top, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, null,
                false, List.of(), rows, new ComplianceMatrix.Total(Map.of(), 0, 0, 0, null, rows.size(), 0));
    }

    @Test
    @DisplayName("ACT19: one bar per organization directly below the chosen one, summing its whole subtree")
    void barsSumSubtrees() {
        List<MatrixChart.Bar> bars = MatrixChart.bars(matrix(List.of(
                row(1, null, 0, 0, 0),
                row(2, 1L, 1, 12, 6),
                row(3, 2L, 2, 24, 24),
                row(4, 3L, 3, 12, 0),
                row(5, 1L, 1, 0, 0))));

        assertThat(bars).containsExactly(new MatrixChart.Bar(2L, "O2", 48, 30), new MatrixChart.Bar(5L, "O5", 0, 0));
        assertThat(bars.get(0).percent()).isEqualByComparingTo(new BigDecimal("62.5"));
        assertThat(bars.get(1).percent()).as("nothing required: no rate").isNull();
    }

    @Test
    @DisplayName("a branch chosen alone has no organization below it to chart")
    void noChildrenNoBars() {
        assertThat(MatrixChart.bars(matrix(List.of(row(1, null, 0, 12, 3))))).isEmpty();
        assertThat(MatrixChart.bars(matrix(List.of()))).isEmpty();
    }

    @Test
    @DisplayName("ACT19: the whole tree (several tops, none chosen) has a bar per top organization")
    void wholeTreeBarsPerTop() {
        List<MatrixChart.Bar> bars = MatrixChart.bars(matrix(null, List.of(
                row(1, null, 0, 0, 0),
                row(2, 1L, 1, 12, 6),
                row(7, null, 0, 0, 0),
                row(8, 7L, 1, 4, 4))));

        assertThat(bars).containsExactly(new MatrixChart.Bar(1L, "O1", 12, 6), new MatrixChart.Bar(7L, "O7", 4, 4));
    }
}
