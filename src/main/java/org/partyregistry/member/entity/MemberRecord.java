package org.partyregistry.member.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.enterprise.entity.EnterprisePeriod;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.PlainText;

/**
 * What a member's record holds (the columns of {@code member} and its dated lists) and what is read from it;
 * {@link Member} registers a member and applies the rules that change it (M1-M19). The state is package-private so
 * that only the entity's own package writes it.
 */
@MappedSuperclass
public abstract class MemberRecord extends BaseEntity {

    public static final int NAME_MAX = 50;
    public static final int ETHNICITY_MAX = 20;
    public static final int EDUCATION_MAX = 30;
    public static final int PHONE_MAX = 30;
    public static final int REASON_MAX = 500;
    public static final int CIPHER_MAX = 200;
    public static final int HASH_MAX = 64;
    public static final int EXTERNAL_MAX = 200;

    @NotBlank
    @Size(max = NAME_MAX)
    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 10)
    Sex sex;

    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;

    @Size(max = ETHNICITY_MAX)
    @Column(name = "ethnicity", length = ETHNICITY_MAX)
    String ethnicity;

    @Size(max = EDUCATION_MAX)
    @Column(name = "education", length = EDUCATION_MAX)
    String education;

    @Size(max = PHONE_MAX)
    @Column(name = "phone", length = PHONE_MAX)
    String phone;

    @Column(name = "id_number_cipher", nullable = false, length = CIPHER_MAX)
    String idNumberCipher;

    @Column(name = "id_number_hash", nullable = false, length = HASH_MAX)
    String idNumberHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id", nullable = false)
    Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "enterprise_id")
    Enterprise enterprise;

    @Column(name = "applied_on")
    LocalDate appliedOn;

    @Column(name = "activist_on")
    LocalDate activistOn;

    @Column(name = "development_target_on")
    LocalDate developmentTargetOn;

    @Column(name = "probationary_on")
    LocalDate probationaryOn;

    @Column(name = "full_on")
    LocalDate fullOn;

    @Column(name = "extension_months")
    Integer extensionMonths;

    @Column(name = "extended_on")
    LocalDate extendedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    Stage stage;

    @Column(name = "party_standing_start")
    LocalDate partyStandingStart;

    @Size(max = REASON_MAX)
    @Column(name = "standing_start_reason", length = REASON_MAX)
    String standingStartReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    MemberStatus status;

    @Column(name = "status_since")
    LocalDate statusSince;

    @Size(max = REASON_MAX)
    @Column(name = "status_reason", length = REASON_MAX)
    String statusReason;

    @Column(name = "probation_cancelled", nullable = false)
    boolean probationCancelled;

    @Column(name = "left_zone_on")
    LocalDate leftZoneOn;

    @Size(max = EXTERNAL_MAX)
    @Column(name = "left_zone_to", length = EXTERNAL_MAX)
    String leftZoneTo;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "member_suspension", joinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("fromDate")
    List<Suspension> suspensions = new ArrayList<>();

    @OneToMany(mappedBy = "member", fetch = FetchType.LAZY)
    @OrderBy("placedOn")
    List<GroupPlacement> placements = new ArrayList<>();

    /** Rule M17 over time: the work unit as dated periods (the open one is {@link #enterprise}). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "member_work_unit", joinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("fromOn")
    List<EnterprisePeriod> workUnits = new ArrayList<>();

    protected MemberRecord() {
    }

    public Steps steps() {
        return new Steps(appliedOn, activistOn, developmentTargetOn, probationaryOn, fullOn);
    }

    /** Rule M19: the placement in a party group that lasts (null when in none). */
    public GroupPlacement currentPlacement() {
        return GroupPlacements.current(placements);
    }

    /** Rule M19: every placement in a party group, oldest first. */
    public List<GroupPlacement> getPlacements() {
        return List.copyOf(placements);
    }

    public int ageOn(LocalDate date) {
        return Age.on(birthDate, date);
    }

    /** Rule M6: the day probation ends (one year, plus any extension); null when not on probation. */
    public LocalDate probationEnds() {
        return stage == Stage.PROBATIONARY ? steps().probationEnds(extensionMonths) : null;
    }

    public boolean isStandingStartCorrected() {
        return standingStartReason != null;
    }

    public String getName() {
        return name;
    }

    public Sex getSex() {
        return sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public String getEducation() {
        return education;
    }

    public String getPhone() {
        return phone;
    }

    public String getIdNumberCipher() {
        return idNumberCipher;
    }

    public String getIdNumberHash() {
        return idNumberHash;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public Long getEnterpriseId() {
        return enterprise == null ? null : enterprise.getId();
    }

    /** Rule E8: the work unit's dated periods, oldest first. */
    public List<EnterprisePeriod> getWorkUnits() {
        return Collections.unmodifiableList(workUnits);
    }

    public Integer getExtensionMonths() {
        return extensionMonths;
    }

    public LocalDate getExtendedOn() {
        return extendedOn;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getPartyStandingStart() {
        return partyStandingStart;
    }

    public String getStandingStartReason() {
        return standingStartReason;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public boolean isProbationCancelled() {
        return probationCancelled;
    }

    public LocalDate getLeftZoneOn() {
        return leftZoneOn;
    }

    public String getLeftZoneTo() {
        return leftZoneTo;
    }

    public List<Suspension> getSuspensions() {
        return List.copyOf(suspensions);
    }
}
