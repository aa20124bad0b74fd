package org.partyregistry.activity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.activity.control.ComplianceService;
import org.partyregistry.activity.control.ComplianceReport;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;

/** The organizations in the viewer's scope that fall behind in a period (last whole quarter by default). */
@Named
@ViewScoped
public class BehindBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceService compliance;

    @Inject
    ChinaClock clock;

    private LocalDate from;
    private LocalDate to;
    private List<ComplianceReport> rows = List.of();

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        LocalDate today = clock.today();
        LocalDate quarter = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        if (from == null) {
            from = quarter.minusMonths(3);
        }
        if (to == null) {
            to = quarter.minusDays(1);
        }
        refresh();
    }

    public void refresh() {
        List<ComplianceReport> loaded = FacesActions.attempt(() -> compliance.behind(from, to));
        if (loaded != null) {
            rows = loaded;
        }
    }

    public List<ComplianceReport> getRows() {
        return rows;
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
