package org.partyregistry.activity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.activity.control.ComplianceService;
import org.partyregistry.activity.control.ComplianceReport;
import org.partyregistry.activity.control.ComplianceWorkbook;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The compliance report of an organization over a period (the year to date by default), with its workbook; the
 * viewer picks any organization in scope (staff open it on the working committee, which owes nothing itself).
 */
@Named
@ViewScoped
public class ComplianceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceService compliance;

    @Inject
    OrganizationService organizations;

    @Inject
    ChinaClock clock;

    private Long organizationId;
    private LocalDate from;
    private LocalDate to;
    private ComplianceReport report;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (organizationId == null) {
            organizationId = organizations.homeOrganizationId();
        }
        LocalDate today = clock.today();
        if (from == null) {
            from = today.withDayOfYear(1);
        }
        if (to == null) {
            to = today;
        }
        if (organizationId != null) {
            refresh();
        }
    }

    public void refresh() {
        ComplianceReport loaded = FacesActions.attempt(() -> compliance.compliance(organizationId, from, to));
        if (loaded != null) {
            report = loaded;
        }
    }

    /** Quick periods: this month, this quarter, the year to date, last year. */
    public void period(String which) {
        LocalDate today = clock.today();
        switch (which) {
            case "month" -> {
                from = today.withDayOfMonth(1);
                to = from.plusMonths(1).minusDays(1);
            }
            case "quarter" -> {
                from = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
                to = from.plusMonths(3).minusDays(1);
            }
            case "lastYear" -> {
                from = today.withDayOfYear(1).minusYears(1);
                to = from.plusYears(1).minusDays(1);
            }
            default -> {
                from = today.withDayOfYear(1);
                to = today;
            }
        }
        refresh();
    }

    public StreamedContent getWorkbook() {
        Messages messages = Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        byte[] bytes = ComplianceWorkbook.write(report, messages);
        return DefaultStreamedContent.builder()
                .name(messages.get("compliance.fileName") + "-" + report.from() + "-" + report.to() + ".xlsx")
                .contentType(ComplianceResource.XLSX)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public ComplianceReport getReport() {
        return report;
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
}
