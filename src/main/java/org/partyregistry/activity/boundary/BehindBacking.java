package org.partyregistry.activity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyregistry.activity.control.ComplianceService;
import org.partyregistry.activity.control.ComplianceReport;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.IdRows;
import org.partyregistry.platform.KeysetRows;
import org.primefaces.model.FilterMeta;

/** The organizations in the viewer's scope that fall behind in a period (last whole quarter by default). */
@Named
@ViewScoped
public class BehindBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplianceService compliance;

    @Inject
    ChinaClock clock;

    /** The table's page size (behind.xhtml's {@code rows}). */
    static final int PAGE = 50;

    private LocalDate from;
    private LocalDate to;
    /** How many organizations fall behind in the period, as last read; null until a period has been read. */
    private Integer total;
    /** The first page, read with the total when the period was chosen, until the table shows it. */
    private transient List<ComplianceReport> firstPage;
    private final Rows rows = new Rows();

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

    /**
     * Rules ACT10, ACT20: reads the period's first page and how many there are in all; the table then reads a page
     * at a time (the organizations held in the view are one page's, not the whole list's).
     */
    public void refresh() {
        ComplianceService.Page<ComplianceReport> first = FacesActions.attempt(
                () -> compliance.behind(from, to, null, PAGE));
        if (first != null) {
            total = first.total();
            firstPage = first.items();
            rows.forget();
            IdRows.firstPage("behind:table");
        }
    }

    /**
     * Up to {@code limit} organizations behind after {@code after} (from the first when null), the first page from
     * the period's read while it has not been shown; none before a period has been read.
     */
    private List<ComplianceReport> read(int limit, Long after) {
        if (total == null) {
            return List.of();
        }
        if (after == null && limit == PAGE && firstPage != null) {
            List<ComplianceReport> shown = firstPage;
            firstPage = null;
            return shown;
        }
        ComplianceService.Page<ComplianceReport> page = compliance.behind(from, to, after, limit);
        total = page.total();
        return page.items();
    }

    /** The organizations behind, a page at a time in tree order. */
    public final class Rows extends KeysetRows<ComplianceReport, Long> {

        private static final long serialVersionUID = 1L;

        Rows() {
            super(BehindBacking.this::read, ComplianceReport::organizationId, ComplianceService.MAX_LIMIT);
        }

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return total == null ? 0 : total;
        }

        @Override
        protected Object idOf(ComplianceReport row) {
            return row.organizationId();
        }
    }

    public Rows getRows() {
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
