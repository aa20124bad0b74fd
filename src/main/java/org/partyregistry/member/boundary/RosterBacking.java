package org.partyregistry.member.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partyregistry.member.control.GroupPlacementService;
import org.partyregistry.member.control.MemberService;
import org.partyregistry.member.control.MemberView;
import org.partyregistry.member.control.MemberWorkbook;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.IdRows;
import org.partyregistry.platform.Messages;
import org.partyregistry.security.CurrentUser;
import org.partyregistry.security.Role;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The roster of an organization (and those below it), or of the viewer's whole scope: lazy, searchable; for a branch
 * with party groups (the one shown, or the secretary's own) the selected members can be placed in a group at once.
 */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MemberService members;

    @Inject
    OrganizationService organizations;

    @Inject
    GroupPlacementService placements;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    private Long organizationId;
    private OrganizationView organization;
    private String q;
    private List<MemberView> selected = new ArrayList<>();
    private List<GroupPlacementService.GroupOption> groups = List.of();
    private Long groupId;
    private LocalDate placeOn;

    private final IdRows<MemberView> roster = new IdRows<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) members.count(query(0, 1));
        }

        @Override
        public List<MemberView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return members.list(query(first / Math.max(1, pageSize), pageSize)).items();
        }

        @Override
        protected Object idOf(MemberView row) {
            return row.id();
        }
    };

    private List<OrganizationView> choices;

    /** Without an organization parameter a secretary sees their own organization; others everything in scope. */
    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (organizationId == null && currentUser.scope().role() == Role.BRANCH_SECRETARY) {
            organizationId = currentUser.scope().organizationId();
        }
        if (organizationId != null) {
            organization = FacesActions.attempt(() -> organizations.view(organizationId));
        }
        Long branch = organizationId != null ? organizationId : currentUser.scope().organizationId();
        if (branch != null && isLoaded()) {
            List<GroupPlacementService.GroupOption> loaded = FacesActions.attempt(
                    () -> placements.groups(branch, clock.today()));
            groups = loaded == null ? List.of() : loaded;
        }
        placeOn = clock.today();
    }

    /** Rule M19, all or nothing: places the selected members in the chosen group from the chosen date. */
    public void placeSelected() {
        List<Long> ids = selected == null ? List.of() : selected.stream().map(MemberView::id).toList();
        Integer changed = FacesActions.attempt(() -> placements.placeAll(ids, groupId, placeOn));
        if (changed != null) {
            String group = groups.stream().filter(g -> g.id().equals(groupId)).map(GroupPlacementService.GroupOption::name)
                    .findFirst().orElse("");
            FacesActions.info("member_group.bulkPlaced", ids.size(), group, placeOn, changed);
            selected = new ArrayList<>();
        }
    }

    /** Whether the roster offers placing members in groups: its branch has groups. */
    public boolean isGrouping() {
        return !groups.isEmpty();
    }

    /**
     * The search button: a complete ID number is searched for only by the roles that may reveal one (rule M13); for
     * others the page says so and shows the roster unfiltered, instead of failing while it renders the table.
     */
    public void search() {
        if (!FacesActions.attempt(() -> members.checkSearch(q))) {
            q = null;
        }
    }

    /** Whether the search box takes a complete ID number as well as a name. */
    public boolean isSearchById() {
        return members.canSearchById();
    }

    private MemberService.Query query(int page, int size) {
        return new MemberService.Query(organizationId, q, page, size);
    }

    /** The roster in the import template's layout (ID numbers masked). */
    public StreamedContent getExport() {
        Messages messages = Messages.of(FacesContext.getCurrentInstance().getViewRoot().getLocale());
        String title = (organization == null ? "" : organization.name() + " ") + messages.get("member_roster.title");
        return ImportBacking.download(MemberWorkbook.roster(messages, title, members.all(organizationId, q)),
                messages.get("member_roster.fileName"));
    }

    public boolean isLoaded() {
        return organizationId == null || organization != null;
    }

    public LazyDataModel<MemberView> getRoster() {
        return roster;
    }

    /** The organizations the caller may choose from, parents before children. */
    public List<OrganizationView> getChoices() {
        if (choices == null) {
            choices = organizations.list(false);
        }
        return choices;
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

    public List<MemberView> getSelected() {
        return selected;
    }

    public void setSelected(List<MemberView> selected) {
        this.selected = selected;
    }

    public List<GroupPlacementService.GroupOption> getGroups() {
        return groups;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public LocalDate getPlaceOn() {
        return placeOn;
    }

    public void setPlaceOn(LocalDate placeOn) {
        this.placeOn = placeOn;
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
