package org.partyregistry.activity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partyregistry.activity.control.ComplianceMatrix;
import org.partyregistry.activity.control.ComplianceService;
import org.partyregistry.activity.control.MatrixWorkbook;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.Messages;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.charts.bar.BarChartModel;

/**
 * The zone-wide compliance table (rule ACT19): the year to date by
 * default, "only those behind", sorted in tree order or by rate (a view of the same figures, never a ranking kept
 * anywhere), with drill-down links, the workbook and a chart of the rate per organization directly below.
 */
@Named
@ViewScoped
public class MatrixBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How the rows are shown. */
    public enum Sort {
        TREE, RATE_ASC, RATE_DESC
    }

    @Inject
    ComplianceService compliance;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    private Long organizationId;
    private LocalDate from;
    private LocalDate to;
    private boolean behindOnly;
    private Sort sort = Sort.TREE;
    private ComplianceMatrix matrix;
    private BarChartModel chart;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        LocalDate today = clock.today();
        if (from == null) {
            from = today.withDayOfYear(1);
        }
        if (to == null) {
            to = today;
        }
        refresh();
    }

    public void refresh() {
        ComplianceMatrix loaded = FacesActions.attempt(() -> compliance.matrix(organizationId, from, to, behindOnly));
        if (loaded != null) {
            matrix = loaded;
            chart = behindOnly ? null : MatrixChart.of(loaded,
                    Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale()));
        }
    }

    /** Quick periods: the year to date, last year. */
    public void period(String which) {
        LocalDate today = clock.today();
        if ("lastYear".equals(which)) {
            from = today.withDayOfYear(1).minusYears(1);
            to = from.plusYears(1).minusDays(1);
        } else {
            from = today.withDayOfYear(1);
            to = today;
        }
        refresh();
    }

    /** The rows in the chosen order; by rate, the organizations that owe nothing come last. */
    public List<ComplianceMatrix.Row> getRows() {
        if (matrix == null) {
            return List.of();
        }
        if (sort == Sort.TREE) {
            return matrix.rows();
        }
        Comparator<ComplianceMatrix.Row> byRate = Comparator.comparing(ComplianceMatrix.Row::rate);
        List<ComplianceMatrix.Row> owing = new ArrayList<>(matrix.rows().stream().filter(r -> r.required() > 0)
                .sorted(sort == Sort.RATE_ASC ? byRate : byRate.reversed()).toList());
        owing.addAll(matrix.rows().stream().filter(r -> r.required() == 0).toList());
        return owing;
    }

    /** Staff may take the whole tree (no organization chosen: every top organization and all below). */
    public boolean isWholeTreeAllowed() {
        return currentUser.scope().seesEverything();
    }

    public boolean isSorted() {
        return sort != Sort.TREE;
    }

    public long getOrganizationCount() {
        return matrix == null ? 0 : matrix.total().organizations();
    }

    /** The organizations missing something required (all of them, whatever the filter). */
    public long getBehindCount() {
        return matrix == null ? 0 : matrix.total().behind();
    }

    public String percent(BigDecimal rate) {
        if (rate == null) {
            return "—";
        }
        return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public StreamedContent getWorkbook() {
        Messages messages = Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        byte[] bytes = MatrixWorkbook.write(matrix, messages);
        return org.primefaces.model.DefaultStreamedContent.builder()
                .name(messages.get("matrix.fileName") + "-" + matrix.from() + "-" + matrix.to() + ".xlsx")
                .contentType(ComplianceResource.XLSX)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    public BarChartModel getChart() {
        return chart;
    }

    public ComplianceMatrix getMatrix() {
        return matrix;
    }

    public Sort[] getSorts() {
        return Sort.values();
    }

    public Sort getSort() {
        return sort;
    }

    public void setSort(Sort sort) {
        this.sort = sort == null ? Sort.TREE : sort;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
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

    public boolean isBehindOnly() {
        return behindOnly;
    }

    public void setBehindOnly(boolean behindOnly) {
        this.behindOnly = behindOnly;
    }
}
