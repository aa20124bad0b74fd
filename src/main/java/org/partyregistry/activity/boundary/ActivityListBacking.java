package org.partyregistry.activity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyregistry.activity.control.ActivitySearch;
import org.partyregistry.activity.control.ActivityService;
import org.partyregistry.activity.control.ActivityView;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.IdRows;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The activities of an organization (and those below it) over a period, this year by default; a type and "own"
 * narrow it to the activities behind a number of a compliance report.
 */
@Named
@ViewScoped
public class ActivityListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ActivityService activities;

    @Inject
    ActivitySearch search;

    @Inject
    OrganizationService organizations;

    @Inject
    ChinaClock clock;

    private Long organizationId;
    private OrganizationView organization;
    private LocalDate from;
    private LocalDate to;
    private ActivityType type;
    private boolean own;
    private final ActivityRows rows = new ActivityRows();
    private List<ActivityService.IdleMember> idle = List.of();

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (organizationId == null) {
            organizationId = organizations.homeOrganizationId();
        }
        if (organizationId == null) {
            return;
        }
        if (from == null) {
            from = clock.today().withDayOfYear(1);
        }
        if (to == null) {
            to = clock.today();
        }
        organization = FacesActions.attempt(() -> organizations.view(organizationId));
        if (organization != null) {
            refresh();
            List<ActivityService.IdleMember> loaded = FacesActions.attempt(() -> activities.idleMembers(organizationId));
            idle = loaded == null ? List.of() : loaded;
        }
    }

    /** The table pages through the period lazily: a count query and a page query per page shown. */
    public void refresh() {
        rows.setRowIndex(-1);
    }

    private ActivitySearch.Filter filter() {
        return new ActivitySearch.Filter(organizationId, type, own, from, to);
    }

    /** Shows every type of the organization and those below it again. */
    public void clearFilter() {
        type = null;
        own = false;
        refresh();
    }

    /** Rows of the period, loaded a page at a time (newest first). */
    public final class ActivityRows extends IdRows<ActivityView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            Long total = FacesActions.attempt(() -> search.count(filter()));
            return total == null ? 0 : total.intValue();
        }

        @Override
        public List<ActivityView> load(int first, int pageSize, Map<String, SortMeta> sort,
                                       Map<String, FilterMeta> filters) {
            List<ActivityView> page = FacesActions.attempt(() -> search.page(filter(), first, pageSize,
                    FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            return page == null ? List.of() : page;
        }

        @Override
        protected Object idOf(ActivityView row) {
            return row.id();
        }
    }

    public boolean isLoaded() {
        return organization != null;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public OrganizationView getOrganization() {
        return organization;
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

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public boolean isOwn() {
        return own;
    }

    public void setOwn(boolean own) {
        this.own = own;
    }

    public boolean isFiltered() {
        return type != null || own;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public List<ActivityService.IdleMember> getIdle() {
        return idle;
    }

    public LazyDataModel<ActivityView> getRows() {
        return rows;
    }
}
