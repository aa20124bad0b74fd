package org.partyregistry.brand.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.ConflictException;
import org.partyregistry.platform.Dates;
import org.partyregistry.platform.PlainText;

/** A party-building alliance led by an organization (rule B7), with its members over time (rules B8-B10). */
@Entity
@Table(name = "alliance")
public class Alliance extends BaseEntity {

    public static final int NAME_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;

    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_organization_id", nullable = false)
    private Organization leadOrganization;

    @Column(name = "founded_on")
    private LocalDate foundedOn;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    protected Alliance() {
    }

    /** Rule B7 (uniqueness of the name is checked by the service). */
    public Alliance(String name, Organization leadOrganization, LocalDate foundedOn, String description,
                    LocalDate today) {
        this.name = Texts.required("name", name, NAME_MAX, "alliance.nameRequired");
        if (leadOrganization == null) {
            throw BusinessException.onField("leadOrganizationId", "alliance.leadRequired");
        }
        Dates.notInFuture("foundedOn", foundedOn, today);
        Dates.notBefore("foundedOn", foundedOn, Dates.PARTY_FOUNDED);
        this.leadOrganization = leadOrganization;
        this.foundedOn = foundedOn;
        this.description = Texts.optional("description", description, DESCRIPTION_MAX);
    }

    /**
     * Rules B8, B9: a new period of membership of an enterprise or an organization, given the periods it already
     * has in this alliance.
     */
    public AllianceMember admit(Enterprise enterprise, Organization organization, LocalDate joinedOn,
                                List<AllianceMember> earlier, LocalDate today) {
        AllianceMember member = new AllianceMember(this, enterprise, organization, joinedOn, today);
        for (AllianceMember other : earlier) {
            if (other.sameMemberAs(member) && other.overlaps(joinedOn, null)) {
                throw new ConflictException(member.isEnterprise() ? "enterpriseId" : "organizationId",
                        "alliance.memberOverlaps", member.getName(), other.getJoinedOn(),
                        other.getLeftOn() == null ? "" : other.getLeftOn());
            }
        }
        return member;
    }

    public static String normalizedName(String name) {
        return name == null ? "" : name.strip();
    }

    public String getName() {
        return name;
    }

    public Organization getLeadOrganization() {
        return leadOrganization;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public String getDescription() {
        return description;
    }
}
