package org.partyregistry.activity.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.activity.control.ComplianceMatrix;
import org.partyregistry.platform.Messages;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;

/**
 * The compliance table's chart (rule ACT19): a bar per organization directly below the chosen one (a park's
 * committee, say), its subtotal's rate in percent.
 */
final class MatrixChart {

    private MatrixChart() {
    }

    /** The subtotals that owe something, in the table's order. */
    static List<ComplianceMatrix.Subtotal> bars(ComplianceMatrix matrix) {
        return matrix.subtotals() == null ? List.of()
                : matrix.subtotals().stream().filter(s -> s.required() > 0).toList();
    }

    /** A rate (a fraction) in percent with one decimal. */
    static BigDecimal percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    /** The chart, null when no organization below the chosen one owes anything. */
    static BarChartModel of(ComplianceMatrix matrix, Messages messages) {
        List<ComplianceMatrix.Subtotal> bars = bars(matrix);
        if (bars.isEmpty()) {
            return null;
        }
        ChartData data = new ChartData();
        data.setLabels(new ArrayList<>(bars.stream().map(ComplianceMatrix.Subtotal::organizationName).toList()));
        BarChartDataSet set = new BarChartDataSet();
        set.setLabel(messages.get("matrix.chartSeries"));
        set.setBackgroundColor("#b71c1c");
        set.setData(new ArrayList<Object>(bars.stream().map(b -> percent(b.rate())).toList()));
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
