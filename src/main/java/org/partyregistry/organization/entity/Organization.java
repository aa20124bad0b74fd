package org.partyregistry.organization.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.enterprise.entity.EnterprisePeriod;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;
import org.partyregistry.platform.PlainText;

/**
 * A party organization in the tree. Its {@code path} ("/1/7/42/") lists the ids from the root down to itself, so
 * a subtree (a secretary's data scope) is one indexed prefix match.
 */
@Entity
@Table(name = "organization")
public class Organization extends BaseEntity {

    public static final int NAME_MAX = 100;
    public static final int REASON_MAX = 500;

    @NotBlank
    @Size(max = NAME_MAX)
    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private OrganizationType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    @Column(name = "path", nullable = false, length = 1000)
    private String path;

    @NotNull
    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @Size(max = REASON_MAX)
    @Column(name = "dissolution_reason", length = REASON_MAX)
    private String dissolutionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrganizationStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Organization mergedInto;

    /** Rule O11: the enterprises it is formed in (its own one, or two to five for a joint branch). */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "organization_enterprise",
            joinColumns = @JoinColumn(name = "organization_id"),
            inverseJoinColumns = @JoinColumn(name = "enterprise_id"))
    private Set<Enterprise> enterprises = new HashSet<>();

    /** Rule O11 over time: every link as a dated period (the open ones are {@link #enterprises}). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "enterprise_link", joinColumns = @JoinColumn(name = "organization_id"))
    @OrderBy("fromOn")
    private List<EnterprisePeriod> enterpriseLinks = new ArrayList<>();

    protected Organization() {
    }

    /** Founds an organization; rules O1-O4 (uniqueness among siblings is checked by the service). */
    public Organization(String name, OrganizationType type, Organization parent, LocalDate establishedOn,
                        LocalDate today) {
        this.name = checkName(name);
        if (type == null) {
            throw BusinessException.onField("type", "organization.typeRequired");
        }
        this.type = type;
        if (establishedOn == null) {
            throw BusinessException.onField("establishedOn", "organization.establishedRequired");
        }
        Dates.notInFuture("establishedOn", establishedOn, today);
        Dates.notBefore("establishedOn", establishedOn, Dates.PARTY_FOUNDED);
        checkPlacement(type, parent);
        this.parent = parent;
        this.establishedOn = establishedOn;
        this.status = OrganizationStatus.ACTIVE;
    }

    /** Called once the id is assigned (after persist): fixes the materialized path. */
    public void anchor() {
        if (getId() == null) {
            throw new IllegalStateException("anchor() needs the assigned id");
        }
        this.path = (parent == null ? "/" : parent.path) + getId() + "/";
    }

    static String checkName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw BusinessException.onField("name", "organization.nameRequired");
        }
        if (trimmed.length() > NAME_MAX) {
            throw BusinessException.onField("name", "organization.nameTooLong", NAME_MAX);
        }
        return trimmed;
    }

    /** Rules O1 and O2 for a parent (or none). */
    public static void checkPlacement(OrganizationType type, Organization parent) {
        OrganizationType parentType = parent == null ? null : parent.type;
        if (!type.mayBeUnder(parentType)) {
            if (parent == null) {
                throw BusinessException.onField("parentId", "organization.parentRequired", type);
            }
            throw BusinessException.onField("parentId", "organization.placement", type, parentType);
        }
        if (parent != null && !parent.isActive()) {
            throw BusinessException.onField("parentId", "organization.parentDissolved", parent.name);
        }
    }

    /** Is {@code other} this organization or one below it? */
    public boolean contains(Organization other) {
        return other.path != null && path != null && other.path.startsWith(path);
    }

    /** Renames; returns the old name. */
    public String rename(String newName) {
        requireActive();
        String old = name;
        this.name = checkName(newName);
        return old;
    }

    /** Changes the level, e.g. a branch grown past 50 members becoming a general branch (with approval). */
    public void retype(OrganizationType newType, java.util.List<OrganizationType> childTypes) {
        requireActive();
        checkPlacement(newType, parent);
        for (OrganizationType child : childTypes) {
            if (!child.mayBeUnder(newType)) {
                throw BusinessException.onField("type", "organization.retypeChildren", newType, child);
            }
        }
        newType.checkUnits(enterprises.size(), "type");
        this.type = newType;
    }

    public void correctEstablishedOn(LocalDate date, LocalDate today) {
        if (date == null) {
            throw BusinessException.onField("establishedOn", "organization.establishedRequired");
        }
        Dates.notInFuture("establishedOn", date, today);
        Dates.notBefore("establishedOn", date, Dates.PARTY_FOUNDED);
        LocalDate old = establishedOn;
        this.establishedOn = date;
        // links given at the founding start on the founding date, wherever it is corrected to
        for (int i = 0; i < enterpriseLinks.size(); i++) {
            EnterprisePeriod link = enterpriseLinks.get(i);
            if (link.getFromOn().equals(old) && (link.getToOn() == null || link.getToOn().isAfter(date))) {
                enterpriseLinks.set(i, new EnterprisePeriod(link.getEnterpriseId(), date, link.getToOn()));
            }
        }
    }

    /**
     * Moves under another parent (rules O1, O2). Returns the old path prefix; the service rewrites the paths of
     * the descendants with it.
     */
    public String moveUnder(Organization newParent) {
        requireActive();
        if (newParent == null) {
            throw BusinessException.onField("parentId", "organization.parentRequired", type);
        }
        if (this.contains(newParent)) {
            throw BusinessException.onField("parentId", "organization.cycle", newParent.name);
        }
        checkPlacement(type, newParent);
        String oldPath = path;
        this.parent = newParent;
        this.path = newParent.path + getId() + "/";
        return oldPath;
    }

    public void dissolve(LocalDate on, String reason, LocalDate today) {
        requireActive();
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw BusinessException.onField("reason", "organization.reasonRequired");
        }
        if (trimmed.length() > REASON_MAX) {
            throw BusinessException.onField("reason", "organization.reasonTooLong", REASON_MAX);
        }
        closeOn(on, today);
        this.dissolutionReason = trimmed;
        this.status = OrganizationStatus.DISSOLVED;
    }

    public void mergeInto(Organization target, LocalDate on, LocalDate today) {
        requireActive();
        if (target == null || target.equals(this)) {
            throw BusinessException.onField("targetId", "organization.mergeSelf");
        }
        if (!target.isActive()) {
            throw BusinessException.onField("targetId", "organization.parentDissolved", target.name);
        }
        if (target.type != type) {
            throw BusinessException.onField("targetId", "organization.mergeType", type, target.type);
        }
        if (this.contains(target)) {
            throw BusinessException.onField("targetId", "organization.cycle", target.name);
        }
        closeOn(on, today);
        this.dissolutionReason = target.name;
        this.mergedInto = target;
        this.status = OrganizationStatus.MERGED;
    }

    private void closeOn(LocalDate on, LocalDate today) {
        if (on == null) {
            throw BusinessException.onField("on", "organization.dateRequired");
        }
        Dates.notInFuture("on", on, today);
        if (on.isBefore(establishedOn)) {
            throw BusinessException.onField("on", "organization.beforeFounding", establishedOn);
        }
        this.dissolvedOn = on;
    }

    private void requireActive() {
        if (!isActive()) {
            throw new BusinessException("organization.notActive", name);
        }
    }

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }

    /** Was it in existence on that date (founded on or before, not yet dissolved)? */
    public boolean existsOn(LocalDate date) {
        return !establishedOn.isAfter(date) && (dissolvedOn == null || dissolvedOn.isAfter(date));
    }

    public String getName() {
        return name;
    }

    public OrganizationType getType() {
        return type;
    }

    public Organization getParent() {
        return parent;
    }

    public String getPath() {
        return path;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }

    public String getDissolutionReason() {
        return dissolutionReason;
    }

    public OrganizationStatus getStatus() {
        return status;
    }

    public Organization getMergedInto() {
        return mergedInto;
    }

    /**
     * Rule O11 (E4) at the founding: forms the organization in these enterprises from its founding date, replacing
     * any earlier link. A joint branch in two to five, an own organization in at most one, a working committee or
     * group in none; each enterprise must be operating on the founding date.
     */
    public void formIn(Collection<Enterprise> units) {
        requireActive();
        Set<Enterprise> chosen = checkUnits(units, Set.of(), establishedOn);
        enterpriseLinks.clear();
        link(chosen, establishedOn);
    }

    /**
     * Rules O11 and E8: from {@code on} the organization is formed in these enterprises; the links before stay as
     * they were. {@code on} is not in the future, not before the founding nor the last change of the links; each
     * enterprise added must be operating on it. Returns whether anything changed.
     */
    public boolean relink(Collection<Enterprise> units, LocalDate on, LocalDate today) {
        requireActive();
        if (on == null) {
            throw BusinessException.onField("on", "organization.dateRequired");
        }
        Dates.notInFuture("on", on, today);
        LocalDate last = EnterprisePeriod.lastChange(enterpriseLinks);
        LocalDate notBefore = last == null || last.isBefore(establishedOn) ? establishedOn : last;
        if (on.isBefore(notBefore)) {
            throw BusinessException.onField("on", "organization.linkBeforeLastChange", notBefore);
        }
        Set<Enterprise> chosen = checkUnits(units, enterprises, on);
        if (chosen.equals(enterprises)) {
            return false;
        }
        link(chosen, on);
        return true;
    }

    /** Rule O11's counts; each enterprise not already linked must be operating on {@code on}. */
    private Set<Enterprise> checkUnits(Collection<Enterprise> units, Set<Enterprise> linked, LocalDate on) {
        Set<Enterprise> chosen = new HashSet<>(units);
        if (!chosen.isEmpty()) {
            type.checkUnits(chosen.size(), "enterpriseIds");
            for (Enterprise enterprise : chosen) {
                if (!linked.contains(enterprise) && !enterprise.operatingOn(on)) {
                    throw BusinessException.onField("enterpriseIds", "organization.enterpriseNotOperating",
                            enterprise.getName(), on);
                }
            }
        }
        return chosen;
    }

    private void link(Set<Enterprise> chosen, LocalDate on) {
        EnterprisePeriod.changeTo(enterpriseLinks, chosen.stream().map(Enterprise::getId).toList(), on);
        enterprises.clear();
        enterprises.addAll(chosen);
    }

    public Set<Enterprise> getEnterprises() {
        return java.util.Collections.unmodifiableSet(enterprises);
    }

    /** Rule E8: every link as a dated period, oldest first. */
    public List<EnterprisePeriod> getEnterpriseLinks() {
        return java.util.Collections.unmodifiableList(enterpriseLinks);
    }

    public int depth() {
        return OrganizationPath.depth(path);
    }
}
