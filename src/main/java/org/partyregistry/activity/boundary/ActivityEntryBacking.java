package org.partyregistry.activity.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partyregistry.activity.control.ActivityService;
import org.partyregistry.activity.control.ActivityView;
import org.partyregistry.activity.entity.Activity;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.AttendanceStatus;
import org.partyregistry.activity.entity.Roll;
import org.partyregistry.member.control.GroupPlacementService;
import org.partyregistry.organization.control.OrganizationService;
import org.partyregistry.organization.control.OrganizationView;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.platform.ChinaClock;
import org.partyregistry.platform.FacesActions;
import org.partyregistry.platform.Messages;
import org.partyregistry.security.CurrentUser;

/**
 * Fast entry on a phone: the organization's members on the chosen date are listed as present; the secretary taps
 * the absent or excused ones, picks the type and date, and saves. Without an organization parameter a secretary
 * records for their own organization. Only the types that fit the organization are offered (rule ACT17): a group
 * records group meetings, study sessions and other activities; a branch records a group meeting for one of its
 * groups (the page asks which, and lists that group's members), and one without groups is not offered the type.
 */
@Named
@ViewScoped
public class ActivityEntryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One member's line on the page. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long memberId;
        private final String name;
        private final boolean voting;
        private AttendanceStatus status = AttendanceStatus.PRESENT;

        Line(Roll.Entry entry) {
            this.memberId = entry.memberId();
            this.name = entry.name();
            this.voting = entry.voting();
        }

        public long getMemberId() {
            return memberId;
        }

        public String getName() {
            return name;
        }

        public boolean isVoting() {
            return voting;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status == null ? AttendanceStatus.PRESENT : status;
        }
    }

    @Inject
    ActivityService activities;

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    ChinaClock clock;

    @Inject
    org.partyregistry.brand.control.BrandService brandService;

    @Inject
    GroupPlacementService placements;

    private Long organizationId;
    private OrganizationView organization;
    private ActivityType type = ActivityType.THEMED_PARTY_DAY;
    private LocalDate heldOn;
    private LocalDate endsOn;
    private String title;
    private String location;
    private String topic;
    private String host;
    private String minutes;
    private Long brandId;
    private List<org.partyregistry.brand.control.BrandView> brands;
    private List<Line> lines = List.of();
    private List<GroupPlacementService.GroupOption> groups = List.of();
    private Long groupId;
    /** Whose roll the attendance lists: the organization, or the group of a group meeting; null before one is chosen. */
    private Long listed;

    public void init() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (organizationId == null) {
            organizationId = currentUser.scope().organizationId();
        }
        if (organizationId == null) {
            return;
        }
        heldOn = clock.today();
        organization = FacesActions.attempt(() -> organizations.view(organizationId));
        if (organization != null) {
            loadGroups();
            if (!getTypes().contains(type)) {
                type = getTypes().get(0);
            }
            loadRoll();
        }
    }

    /** The groups of a branch on the chosen date (none for any other organization). */
    private void loadGroups() {
        if (!branch() || heldOn == null) {
            groups = List.of();
            return;
        }
        List<GroupPlacementService.GroupOption> loaded = FacesActions.attempt(
                () -> placements.groups(organizationId, heldOn));
        groups = loaded == null ? List.of() : loaded;
        if (groupId != null && groups.stream().noneMatch(g -> g.id().equals(groupId))) {
            groupId = null;
        }
    }

    private boolean branch() {
        return organization != null && organization.type().isBranch();
    }

    /**
     * A new type: a group meeting from a branch lists the chosen group's members, anything else the branch's; the
     * attendance is drawn again only when that changes (marks made stay as they are).
     */
    public void typeChanged() {
        Long before = listed;
        loadRoll();
        if (!java.util.Objects.equals(before, listed)) {
            org.primefaces.PrimeFaces.current().ajax().update("entry:members");
        }
    }

    /** A group meeting recorded from the branch: the page asks which group. */
    public boolean isAskGroup() {
        return type == ActivityType.GROUP_MEETING && branch() && !groups.isEmpty();
    }

    /** The page asks for a group and none is chosen yet: no one to list. */
    public boolean isGroupMissing() {
        return isAskGroup() && groupId == null;
    }

    /** The roll of the chosen date; marks already made are kept for the members still on it. */
    public void loadRoll() {
        if (heldOn == null || organizationId == null) {
            return;
        }
        loadGroups();
        if (isGroupMissing()) {
            lines = List.of();
            listed = null;
            return;
        }
        Long roll = isAskGroup() ? groupId : organizationId;
        Map<Long, AttendanceStatus> marked = new HashMap<>();
        lines.forEach(l -> marked.put(l.memberId, l.status));
        List<Roll.Entry> entries = FacesActions.attempt(() -> activities.roll(roll, heldOn));
        if (entries == null) {
            return;
        }
        listed = roll;
        lines = entries.stream().map(Line::new).toList();
        lines.forEach(l -> l.setStatus(marked.get(l.memberId)));
    }

    public String save() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String named = title == null || title.isBlank()
                ? Messages.of(locale).get("ActivityType." + (type == null ? ActivityType.OTHER : type).name())
                : title;
        ActivityView saved = FacesActions.attempt(() -> activities.record(new ActivityService.NewActivity(
                organizationId, type, new Activity.Details(named, heldOn, endsOn, location, topic, host, minutes,
                brandId), new Activity.Sheet(ids(AttendanceStatus.PRESENT), ids(AttendanceStatus.EXCUSED),
                ids(AttendanceStatus.ABSENT)), isAskGroup() ? groupId : null), locale));
        if (saved == null) {
            return null;
        }
        if (saved.valid()) {
            FacesActions.info("activity_entry.saved", saved.title(), saved.present());
        } else {
            FacesActions.info("activity_entry.savedInvalid", saved.title(), saved.invalidReason());
        }
        if (saved.type() == ActivityType.STUDY_SESSION) {
            return "/activity/study?faces-redirect=true&id=" + saved.id();
        }
        return "/activity/list?faces-redirect=true&organization=" + organizationId;
    }

    private List<Long> ids(AttendanceStatus status) {
        return lines.stream().filter(l -> l.status == status).map(l -> l.memberId).toList();
    }

    public long count(String status) {
        AttendanceStatus wanted = AttendanceStatus.valueOf(status);
        return lines.stream().filter(l -> l.status == wanted).count();
    }

    /** Rule ACT17: the types that fit the organization, in their usual order. */
    public List<ActivityType> getTypes() {
        OrganizationType kind = organization == null ? null : organization.type();
        return java.util.Arrays.stream(ActivityType.values()).filter(t -> fits(kind, t, !groups.isEmpty())).toList();
    }

    /**
     * Rule ACT17 as the page offers it: a group records group meetings, study sessions and other activities only;
     * group meetings are recorded by a group, or by a branch that has groups (naming one).
     */
    static boolean fits(OrganizationType kind, ActivityType type, boolean hasGroups) {
        if (kind == OrganizationType.GROUP) {
            return type == ActivityType.GROUP_MEETING || type == ActivityType.STUDY_SESSION
                    || type == ActivityType.OTHER;
        }
        if (type == ActivityType.GROUP_MEETING) {
            return kind != null && kind.isBranch() && hasGroups;
        }
        return true;
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

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public boolean isMultiDay() {
        return type == ActivityType.STUDY_SESSION;
    }

    public LocalDate getToday() {
        return clock.today();
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

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public Long getBrandId() {
        return brandId;
    }

    public void setBrandId(Long brandId) {
        this.brandId = brandId;
    }

    /** The brands an activity may carry (rule B5): every brand of the zone, loaded once per view. */
    public List<org.partyregistry.brand.control.BrandView> getBrands() {
        if (brands == null) {
            brands = brandService.list(null);
        }
        return brands;
    }

    public List<Line> getLines() {
        return lines;
    }
}
