package org.partyregistry.member.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.member.entity.CodeList;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.Sex;
import org.partyregistry.member.entity.Stage;

/**
 * A member as pages and REST show it (rule M13): the ID number masked; the full birth date only for a viewer who
 * may reveal the ID number (otherwise it would give the masked part away), the birth year and age for everyone.
 * Ethnicity and education read as their standard Chinese names, with their codes beside (rule M22); a value from
 * before the code lists that names none is shown as written, with no code.
 */
public record MemberView(Long id, String name, Sex sex, LocalDate birthDate, int birthYear, int age,
                         String ethnicity, String education, String phone, String idNumber, Long organizationId,
                         String organizationName, Long enterpriseId, String enterpriseName,
                         LocalDate appliedOn, LocalDate activistOn,
                         LocalDate developmentTargetOn, LocalDate probationaryOn, LocalDate fullOn,
                         Integer extensionMonths, LocalDate extendedOn, LocalDate probationEnds, Stage stage,
                         MemberStatus status, LocalDate statusSince, String statusReason, boolean probationCancelled,
                         LocalDate partyStandingStart, String standingStartReason, Integer standingYears,
                         List<Period> suspensions, LocalDate leftZoneOn, String leftZoneTo, long version,
                         Long groupId, String groupName, LocalDate groupSince,
                         String ethnicityCode, String educationCode)
                                 implements Serializable {

    /** A suspension period; {@code to} is null while it lasts. */
    public record Period(LocalDate from, LocalDate to) implements Serializable {
    }

    /** Rule M19: {@code groupId} / {@code groupName} / {@code groupSince} give the party group the member is in now. */
    public static MemberView of(Member m, String maskedIdNumber, boolean fullBirthDate, LocalDate today) {
        org.partyregistry.member.entity.GroupPlacement group = m.currentPlacement();
        return new MemberView(m.getId(), m.getName(), m.getSex(), fullBirthDate ? m.getBirthDate() : null,
                m.getBirthDate().getYear(), m.ageOn(today), CodeList.ETHNICITY.name(m.getEthnicity()),
                CodeList.EDUCATION.name(m.getEducation()), m.getPhone(),
                maskedIdNumber, m.getOrganization().getId(), m.getOrganization().getName(), m.getEnterpriseId(),
                m.getEnterprise() == null ? null : m.getEnterprise().getName(),
                m.steps().appliedOn(), m.steps().activistOn(), m.steps().developmentTargetOn(),
                m.steps().probationaryOn(), m.steps().fullOn(), m.getExtensionMonths(), m.getExtendedOn(),
                m.probationEnds(), m.getStage(), m.getStatus(), m.getStatusSince(), m.getStatusReason(),
                m.isProbationCancelled(), m.getPartyStandingStart(), m.getStandingStartReason(),
                m.standingYears(today),
                m.getSuspensions().stream().map(s -> new Period(s.getFrom(), s.getUntil())).toList(),
                m.getLeftZoneOn(), m.getLeftZoneTo(), m.getVersion(),
                group == null ? null : group.getGroup().getId(), group == null ? null : group.getGroup().getName(),
                group == null ? null : group.getPlacedOn(),
                CodeList.ETHNICITY.isCode(m.getEthnicity()) ? m.getEthnicity() : null,
                CodeList.EDUCATION.isCode(m.getEducation()) ? m.getEducation() : null);
    }

    public boolean active() {
        return status == MemberStatus.ACTIVE && leftZoneOn == null;
    }

    public boolean suspended() {
        return status == MemberStatus.SUSPENDED && leftZoneOn == null;
    }

    public boolean living() {
        return !status.isFinal() && leftZoneOn == null;
    }

    public boolean probationary() {
        return stage == Stage.PROBATIONARY;
    }

    /** The next stage an active member may advance to, or null. */
    public Stage nextStage() {
        return active() ? stage.next() : null;
    }

}
