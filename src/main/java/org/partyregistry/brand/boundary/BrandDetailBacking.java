package org.partyregistry.brand.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.brand.control.BrandReport;
import org.partyregistry.brand.control.BrandService;
import org.partyregistry.brand.control.BrandView;
import org.partyregistry.brand.control.BrandWorkbook;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.axes.cartesian.CartesianScales;
import org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearAxes;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.primefaces.model.charts.bar.BarChartOptions;

/**
 * A brand's page (rule B6): what it is, its logo, and over a chosen period (the last 12 months by default) its
 * activities per month as a chart, the organizations and enterprises reached, attendance, and the workbook.
 */
@Named
@ViewScoped
public class BrandDetailBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BrandService brands;

    @Inject
    ChinaClock clock;

    private Long id;
    private BrandView brand;
    private LocalDate from;
    private LocalDate to;
    private BrandReport report;
    private BarChartModel chart;
    private byte[] logo;
    private String logoType;
    private boolean mayWrite;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        brand = FacesActions.attempt(() -> brands.view(id));
        if (brand == null) {
            return;
        }
        if (to == null) {
            to = clock.today();
        }
        if (from == null) {
            from = to.minusMonths(11).withDayOfMonth(1);
        }
        mayWrite = brands.mayWrite(id);
        loadLogo();
        refresh();
    }

    public void refresh() {
        BrandReport loaded = FacesActions.attempt(() -> brands.report(id, from, to));
        if (loaded != null) {
            report = loaded;
            chart = chart(loaded, messages());
        }
    }

    /** Rule B3: the uploaded file becomes the logo when its content is an accepted image of an accepted size. */
    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        BrandView updated = FacesActions.attempt(() -> brands.uploadLogo(id, content,
                event.getFile().getContentType()));
        if (updated != null) {
            brand = updated;
            loadLogo();
            FacesActions.info("brand_detail.logoSaved");
        }
    }

    private void loadLogo() {
        if (brand.hasLogo()) {
            BrandService.Logo stored = brands.logo(id);
            logo = stored.content();
            logoType = stored.type().contentType();
        }
    }

    public StreamedContent getLogoImage() {
        if (logo == null) {
            return null;
        }
        byte[] bytes = logo;
        return DefaultStreamedContent.builder().contentType(logoType).stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent getWorkbook() {
        Messages messages = messages();
        byte[] bytes = BrandWorkbook.write(report, messages);
        return DefaultStreamedContent.builder()
                .name(report.brand() + "-" + report.from() + "-" + report.to() + ".xlsx")
                .contentType(BrandResource.XLSX)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** Rule B4: staff anywhere, a secretary for their own organization (or one below it). */
    public boolean isMayWrite() {
        return mayWrite;
    }

    private static BarChartModel chart(BrandReport report, Messages messages) {
        BarChartModel model = new BarChartModel();
        ChartData data = new ChartData();
        List<String> labels = new ArrayList<>();
        report.months().forEach(m -> labels.add(m.month()));
        data.setLabels(labels);
        BarChartDataSet activities = new BarChartDataSet();
        activities.setLabel(messages.get("brand_report.activities"));
        activities.setBackgroundColor("#b71c1c");
        activities.setData(new ArrayList<Object>(report.months().stream().map(BrandReport.Month::activities)
                .toList()));
        data.addChartDataSet(activities);
        model.setData(data);
        BarChartOptions options = new BarChartOptions();
        CartesianScales scales = new CartesianScales();
        CartesianLinearAxes y = new CartesianLinearAxes();
        y.setBeginAtZero(true);
        org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearTicks ticks =
                new org.primefaces.model.charts.axes.cartesian.linear.CartesianLinearTicks();
        ticks.setPrecision(0);
        y.setTicks(ticks);
        scales.addYAxesData(y);
        options.setScales(scales);
        options.setMaintainAspectRatio(false);
        model.setOptions(options);
        return model;
    }

    private static Messages messages() {
        return Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BrandView getBrand() {
        return brand;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BrandReport getReport() {
        return report;
    }

    public BarChartModel getChart() {
        return chart;
    }

    public boolean isHasLogo() {
        return logo != null;
    }
}
