package org.partyregistry.activity.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.activity.control.ComplianceMatrix;
import org.partyregistry.platform.Messages;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;

/**
 * The compliance table's chart: for each organization directly below the chosen one (a park's committee, say), the
 * rate of it and everything below it together: valid ÷ required summed over their rows.
 */
final class MatrixChart {

    /** One bar: an organization directly below the chosen one, with its subtree's sums. */
    record Bar(Long organizationId, String name, long required, long valid) {

        /** The rate in percent, one decimal; null when nothing is required. */
        BigDecimal percent() {
            return required == 0 ? null : BigDecimal.valueOf(valid * 100).divide(BigDecimal.valueOf(required), 1,
                    RoundingMode.HALF_UP);
        }
    }

    private MatrixChart() {
    }

    /**
     * The bars, in tree order: the organizations directly below the chosen one, or for the whole tree (no chosen
     * organization) its top organizations, each with everything below it.
     */
    static List<Bar> bars(ComplianceMatrix matrix) {
        Long top = matrix.organizationId();
        Map<Long, ComplianceMatrix.Row> byId = new HashMap<>();
        matrix.rows().forEach(r -> byId.put(r.organizationId(), r));
        Map<Long, long[]> sums = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ComplianceMatrix.Row row : matrix.rows()) {
            if (isBar(row, top, byId)) {
                sums.put(row.organizationId(), new long[2]);
                names.put(row.organizationId(), row.organizationName());
            }
        }
        for (ComplianceMatrix.Row row : matrix.rows()) {
            ComplianceMatrix.Row bar = row;
            while (bar != null && !isBar(bar, top, byId)) {
                bar = bar.parentId() == null ? null : byId.get(bar.parentId());
            }
            if (bar != null) {
                long[] sum = sums.get(bar.organizationId());
                sum[0] += row.required();
                sum[1] += row.valid();
            }
        }
        List<Bar> bars = new ArrayList<>();
        sums.forEach((id, sum) -> bars.add(new Bar(id, names.get(id), sum[0], sum[1])));
        return bars;
    }

    private static boolean isBar(ComplianceMatrix.Row row, Long top, Map<Long, ComplianceMatrix.Row> byId) {
        if (top != null) {
            return top.equals(row.parentId());
        }
        return row.parentId() == null || !byId.containsKey(row.parentId());
    }

    /** The chart, null when no organization below the chosen one owes anything. */
    static BarChartModel of(ComplianceMatrix matrix, Messages messages) {
        List<Bar> bars = bars(matrix).stream().filter(b -> b.required() > 0).toList();
        if (bars.isEmpty()) {
            return null;
        }
        ChartData data = new ChartData();
        data.setLabels(new ArrayList<>(bars.stream().map(Bar::name).toList()));
        BarChartDataSet set = new BarChartDataSet();
        set.setLabel(messages.get("matrix.chartSeries"));
        set.setBackgroundColor("#b71c1c");
        set.setData(new ArrayList<Object>(bars.stream().map(Bar::percent).toList()));
        data.addChartDataSet(set);
        BarChartModel model = new BarChartModel();
        model.setData(data);
        BarChartOptions options = new BarChartOptions();
        options.setMaxBarThickness(48);
        options.setMaintainAspectRatio(false);
        CartesianScales scales = new CartesianScales();
        CartesianLinearAxes y = new CartesianLinearAxes();
        y.setMin(0);
        y.setMax(100);
        scales.addYAxesData(y);
        options.setScales(scales);
        model.setOptions(options);
        return model;
    }
}
