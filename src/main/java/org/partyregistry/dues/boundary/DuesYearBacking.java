package org.partyregistry.dues.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.dues.control.DuesReport;
import org.partyregistry.dues.control.DuesReportService;
import org.partyregistry.dues.control.DuesSheetService;
import org.partyregistry.dues.control.DuesWorkbook;
import org.partyregistry.dues.control.SheetRow;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A branch's dues year (rule D4): every member's category and income (last year's carried over), the amounts
 * proposed for them, then all confirmed at once; the year's totals above.
 */
@Named
@ViewScoped
public class DuesYearBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the sheet as the form edits it. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final SheetRow row;
        private DuesCategory category;
        private BigDecimal income;

        Line(SheetRow row) {
            this.row = row;
            this.category = row.category();
            this.income = row.income();
        }

        public SheetRow getRow() {
            return row;
        }

        public boolean isConfirmed() {
            return row.state() == SheetRow.State.CONFIRMED;
        }

        public DuesCategory getCategory() {
            return category;
        }

        public void setCategory(DuesCategory category) {
            this.category = category;
        }

        public BigDecimal getIncome() {
            return income;
        }

        public void setIncome(BigDecimal income) {
            this.income = income;
        }
    }

    @Inject
    DuesReportService reports;

    @Inject
    DuesSheetService sheets;

    @Inject
    OrganizationService organizations;

    @Inject
    ChinaClock clock;

    private Long organizationId;
    private String yearParam;
    private Integer year;
    private OrganizationView organization;
    private List<Line> lines = List.of();
    private DuesReport report;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback() || organizationId == null) {
            return;
        }
        year = yearParam == null || yearParam.isBlank() ? Integer.valueOf(clock.today().getYear())
                : FacesActions.attempt(() -> DuesResource.year(yearParam));
        if (year == null) {
            return;
        }
        organization = FacesActions.attempt(() -> organizations.view(organizationId));
        if (organization != null) {
            load();
        }
    }

    private void load() {
        List<SheetRow> rows = FacesActions.attempt(() -> sheets.sheet(organizationId, year));
        lines = rows == null ? List.of() : rows.stream().map(Line::new).toList();
        report = rows == null ? null : FacesActions.attempt(() -> reports.report(organizationId, year));
    }

    /** Enters the categories and incomes of the rows not yet confirmed and shows the amounts proposed. */
    public void propose() {
        List<DuesSheetService.Entry> entries = new ArrayList<>();
        for (Line line : lines) {
            if (!line.isConfirmed() && (line.category != null || line.income != null)) {
                entries.add(new DuesSheetService.Entry(line.row.memberId(), line.category, line.income));
            }
        }
        if (FacesActions.attempt(() -> sheets.propose(organizationId, year, entries)) != null) {
            FacesActions.info("dues_year.entered", entries.size());
            load();
        }
    }

    public void confirmAll() {
        Integer confirmed = FacesActions.attempt(() -> sheets.confirmAll(organizationId, year));
        if (confirmed != null) {
            FacesActions.info("dues_year.confirmed", confirmed);
            load();
        }
    }

    /** The report with the yearly statement, as the REST export gives it. */
    public StreamedContent getWorkbook() {
        Messages messages = Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        byte[] bytes = DuesWorkbook.write(reports.statement(organizationId, year), messages);
        return DefaultStreamedContent.builder().name(messages.get("dues_statement.fileName") + "-" + year + ".xlsx")
                .contentType(DuesReportResource.XLSX)
                .stream(() -> new ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }

    public boolean isLoaded() {
        return organization != null;
    }

    public boolean isAnyProposed() {
        return lines.stream().anyMatch(l -> l.row.state() == SheetRow.State.PROPOSED);
    }

    public DuesCategory[] getCategories() {
        return DuesCategory.values();
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Integer getYear() {
        return year;
    }

    /** The {@code year} request parameter as given (this year when absent); read once, on the first request. */
    public String getYearParam() {
        return yearParam;
    }

    public void setYearParam(String yearParam) {
        this.yearParam = yearParam;
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public List<Line> getLines() {
        return lines;
    }

    public DuesReport getReport() {
        return report;
    }
}
