package org.partyregistry.brand.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;
import org.partyregistry.platform.PlainText;

/** A party-building brand of an organization (rule B1; uniqueness of the name, rule B2, is checked by the service). */
@Entity
@Table(name = "brand")
public class Brand extends BaseEntity {

    public static final int NAME_MAX = 50;
    public static final int SLOGAN_MAX = 100;
    public static final int DESCRIPTION_MAX = 2000;

    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "slogan", length = SLOGAN_MAX)
    private String slogan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    private Organization organization;

    @Column(name = "founded_on", nullable = false)
    private LocalDate foundedOn;

    @Column(name = "description", length = DESCRIPTION_MAX)
    private String description;

    protected Brand() {
    }

    /** Rule B1. */
    public Brand(String name, String slogan, Organization organization, LocalDate foundedOn, String description,
                 LocalDate today) {
        if (organization == null) {
            throw BusinessException.onField("organizationId", "brand.organizationRequired");
        }
        this.organization = organization;
        describe(name, slogan, foundedOn, description, today);
    }

    /** Changes what the brand says about itself (rule B1); the owning organization stays. */
    public void describe(String name, String slogan, LocalDate foundedOn, String description, LocalDate today) {
        String checkedName = Texts.required("name", name, NAME_MAX, "brand.nameRequired");
        if (foundedOn == null) {
            throw BusinessException.onField("foundedOn", "brand.foundedOnRequired");
        }
        Dates.notInFuture("foundedOn", foundedOn, today);
        Dates.notBefore("foundedOn", foundedOn, Dates.PARTY_FOUNDED);
        if (foundedOn.isBefore(organization.getEstablishedOn())) {
            throw BusinessException.onField("foundedOn", "brand.foundedBeforeOrganization", foundedOn,
                    organization.getName(), organization.getEstablishedOn());
        }
        this.name = checkedName;
        this.slogan = Texts.optional("slogan", slogan, SLOGAN_MAX);
        this.foundedOn = foundedOn;
        this.description = Texts.optional("description", description, DESCRIPTION_MAX);
    }

    /**
     * Rule B2: refuses {@code name} when the organization already has a brand of that name ({@code existing} are the
     * names of its other brands).
     */
    public static void checkUnique(String name, java.util.Collection<String> existing, Organization organization) {
        String wanted = normalizedName(name);
        if (existing.stream().map(Brand::normalizedName).anyMatch(wanted::equals)) {
            throw new org.partyregistry.platform.ConflictException("name", "brand.duplicate", wanted,
                    organization.getName());
        }
    }

    /** The name as it is compared and stored (rule B2): trimmed. */
    public static String normalizedName(String name) {
        return name == null ? "" : name.strip();
    }

    public String getName() {
        return name;
    }

    public String getSlogan() {
        return slogan;
    }

    public Organization getOrganization() {
        return organization;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public String getDescription() {
        return description;
    }
}
