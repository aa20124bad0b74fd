package org.partyregistry.enterprise.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.enterprise.control.CoverageBase;
import org.partyregistry.enterprise.control.CoverageCounts;
import org.partyregistry.enterprise.control.CoverageReport;
import org.partyregistry.enterprise.control.CoverageReportService;
import org.partyregistry.enterprise.control.CoverageWorkbook;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.category.CartesianCategoryAxes;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;

/** The coverage report page: as-of date, base, the table with drill-down links, a chart and the workbook. */
@Named
@ViewScoped
public class CoverageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CoverageReportService reports;

    @Inject
    ChinaClock clock;

    private LocalDate asOf;
    private CoverageBase base = CoverageBase.ALL;
    private CoverageReport report;
    private BarChartModel chart;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        refresh();
    }

    public void refresh() {
        if (asOf == null) {
            asOf = clock.today();
        }
        CoverageReport loaded = FacesActions.attempt(() -> reports.report(asOf, base));
        if (loaded != null) {
            report = loaded;
            chart = chart(loaded, Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
    }

    public StreamedContent getWorkbook() {
        Messages messages = Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        byte[] bytes = CoverageWorkbook.write(report, messages);
        return DefaultStreamedContent.builder()
                .name(messages.get("coverage.fileName") + "-" + report.asOf() + ".xlsx")
                .contentType(CoverageResource.XLSX)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** Per park, stacked: own, joint, work coverage, none. */
    private static BarChartModel chart(CoverageReport report, Messages messages) {
        BarChartModel model = new BarChartModel();
        ChartData data = new ChartData();
        List<String> labels = new ArrayList<>();
        report.parks().forEach(p -> labels.add(p.park()));
        data.setLabels(labels);
        data.addChartDataSet(dataSet(messages.get("coverage.own"), "#b71c1c",
                report.parks().stream().map(CoverageCounts::own).toList()));
        data.addChartDataSet(dataSet(messages.get("coverage.joint"), "#e57373",
                report.parks().stream().map(CoverageCounts::joint).toList()));
        data.addChartDataSet(dataSet(messages.get("coverage.workCoverage"), "#c9a227",
                report.parks().stream().map(CoverageCounts::workCoverage).toList()));
        data.addChartDataSet(dataSet(messages.get("coverage.none"), "#cfd8dc",
                report.parks().stream().map(CoverageCounts::none).toList()));
        model.setData(data);
        BarChartOptions options = new BarChartOptions();
        CartesianScales scales = new CartesianScales();
        // parks are categories: offset keeps the first and last bars whole instead of centred on the chart's edges
        CartesianCategoryAxes x = new CartesianCategoryAxes();
        x.setStacked(true);
        x.setOffset(true);
        CartesianLinearAxes y = new CartesianLinearAxes();
        y.setStacked(true);
        y.setBeginAtZero(true);
        scales.addXAxesData(x);
        scales.addYAxesData(y);
        options.setScales(scales);
        options.setMaintainAspectRatio(false);
        model.setOptions(options);
        return model;
    }

    private static BarChartDataSet dataSet(String label, String colour, List<Long> values) {
        BarChartDataSet set = new BarChartDataSet();
        set.setLabel(label);
        set.setBackgroundColor(colour);
        set.setData(new ArrayList<Object>(values));
        return set;
    }

    public String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public CoverageReport getReport() {
        return report;
    }

    public BarChartModel getChart() {
        return chart;
    }

    public CoverageBase[] getBases() {
        return CoverageBase.values();
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public CoverageBase getBase() {
        return base;
    }

    public void setBase(CoverageBase base) {
        this.base = base == null ? CoverageBase.ALL : base;
    }
}
