package org.partyregistry.member.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partyregistry.enterprise.entity.Enterprise;
import org.partyregistry.enterprise.entity.EnterprisePeriod;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;

/**
 * A party member (or applicant) with the dated steps of admission, status and party standing (rules M2-M12). The
 * ID number is held only as ciphertext and keyed hash: the entity never sees it in clear after registration.
 */
@Entity
@Table(name = "member")
public class Member extends MemberRecord {

    protected Member() {
    }

    /** What registration needs besides the steps; {@code birthDate} and {@code sex} may be null (derived). */
    public record Person(String name, LocalDate birthDate, Sex sex, String ethnicity, String education,
                         String phone) {
    }

    /** Registers a member with their history (rules M1-M11). */
    public Member(Person person, IdNumber idNumber, String idNumberCipher, String idNumberHash,
                  Organization organization, Enterprise enterprise, Steps steps, List<Suspension> suspensions,
                  MemberStatus status, LocalDate statusSince, LocalDate today) {
        this.name = text("name", person.name(), NAME_MAX, true);
        if (idNumber == null) {
            throw BusinessException.onField("idNumber", "member.idNumberRequired");
        }
        if (person.birthDate() != null && !person.birthDate().equals(idNumber.birthDate())) {
            throw BusinessException.onField("birthDate", "member.birthDateDisagrees", idNumber.birthDate());
        }
        if (person.sex() != null && person.sex() != idNumber.sex()) {
            throw BusinessException.onField("sex", "member.sexDisagrees", idNumber.sex());
        }
        this.birthDate = idNumber.birthDate();
        this.sex = idNumber.sex();
        this.ethnicity = code("ethnicity", person.ethnicity(), CodeList.ETHNICITY);
        this.education = code("education", person.education(), CodeList.EDUCATION);
        this.phone = text("phone", person.phone(), PHONE_MAX, false);
        this.idNumberCipher = idNumberCipher;
        this.idNumberHash = idNumberHash;
        if (organization == null) {
            throw BusinessException.onField("organizationId", "member.organizationRequired");
        }
        if (!organization.isActive()) {
            throw BusinessException.onField("organizationId", "organization.notActive", organization.getName());
        }
        this.organization = organization;
        this.enterprise = enterprise;
        if (steps == null) {
            throw BusinessException.onField("appliedOn", "member.stepRequired");
        }
        steps.check(birthDate, null, today);
        apply(steps);
        if (enterprise != null) {
            // a work unit given at registration holds from the earliest date of the member's history
            workUnits.add(new EnterprisePeriod(enterprise.getId(), steps.earliest(), null));
        }
        this.status = MemberStatus.ACTIVE;
        registerHistory(suspensions == null ? List.of() : suspensions, status == null ? MemberStatus.ACTIVE : status,
                statusSince, today);
    }

    private void registerHistory(List<Suspension> periods, MemberStatus target, LocalDate since, LocalDate today) {
        List<Suspension> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Suspension::getFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        LocalDate earliest = steps().earliest();
        LocalDate previousEnd = null;
        for (int i = 0; i < sorted.size(); i++) {
            Suspension s = sorted.get(i);
            if (s.getFrom() == null) {
                throw BusinessException.onField("suspensions", "member.suspensionFromRequired");
            }
            Dates.notInFuture("suspensions", s.getFrom(), today);
            Dates.notInFuture("suspensions", s.getUntil(), today);
            if (s.getFrom().isBefore(earliest)) {
                throw BusinessException.onField("suspensions", "member.suspensionBeforeSteps", earliest);
            }
            if (s.getUntil() != null && !s.getUntil().isAfter(s.getFrom())) {
                throw BusinessException.onField("suspensions", "member.suspensionEndsBeforeStart", s.getFrom());
            }
            if (previousEnd != null && s.getFrom().isBefore(previousEnd)) {
                throw BusinessException.onField("suspensions", "member.suspensionsOverlap", s.getFrom());
            }
            boolean last = i == sorted.size() - 1;
            if (s.getUntil() == null && !(last && target == MemberStatus.SUSPENDED)) {
                throw BusinessException.onField("suspensions", "member.suspensionOpen", s.getFrom());
            }
            previousEnd = s.getUntil();
            suspensions.add(new Suspension(s.getFrom(), s.getUntil()));
        }
        if (target == MemberStatus.ACTIVE) {
            return;
        }
        if (target == MemberStatus.SUSPENDED && !suspensions.isEmpty() && suspensions.get(suspensions.size() - 1)
                .isOpen()) {
            this.status = MemberStatus.SUSPENDED;
            this.statusSince = suspensions.get(suspensions.size() - 1).getFrom();
            return;
        }
        if (since == null) {
            throw BusinessException.onField("statusSince", "member.statusSinceRequired");
        }
        try {
            switch (target) {
                case SUSPENDED -> suspend(since, today);
                case REMOVED -> remove(since, null, today);
                case DECEASED -> recordDeath(since, today);
                default -> throw new IllegalStateException();
            }
        } catch (BusinessException e) {
            // the status change's date is the input's statusSince
            throw "on".equals(e.field()) ? BusinessException.onField("statusSince", e.key(), e.args()) : e;
        }
    }

    private static String text(String field, String value, int max, boolean required) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            if (required) {
                throw BusinessException.onField(field, "member." + field + "Required");
            }
            return null;
        }
        if (trimmed.length() > max) {
            throw BusinessException.onField(field, "error.tooLong", max);
        }
        return trimmed;
    }

    /** Rule M22: the code a text names in the list, null for none given, a refusal for a text the list lacks. */
    private static String code(String field, String value, CodeList list) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return list.code(value).orElseThrow(() -> BusinessException.onField(field, "member." + field + "Unknown",
                value.strip()));
    }

    private void apply(Steps steps) {
        this.appliedOn = steps.appliedOn();
        this.activistOn = steps.activistOn();
        this.developmentTargetOn = steps.developmentTargetOn();
        this.probationaryOn = steps.probationaryOn();
        this.fullOn = steps.fullOn();
        this.stage = steps.stage();
        if (standingStartReason == null) {
            this.partyStandingStart = steps.standingStart();
        }
    }

    /** Rule M12: one step forward, dated. */
    public void advance(Stage target, LocalDate on, LocalDate today) {
        requireStatus(MemberStatus.ACTIVE);
        if (target == null || target != stage.next()) {
            throw BusinessException.onField("stage", "member.advanceNotNext", stage, stage.next());
        }
        if (on == null) {
            throw BusinessException.onField("on", "member.dateRequired");
        }
        Steps next = steps().with(target, on);
        try {
            next.check(birthDate, extensionMonths, today);
        } catch (BusinessException e) {
            throw BusinessException.onField("on", e.key(), e.args());
        }
        apply(next);
    }

    /** Rule M6 and M12: once, 6 to 12 months, while probationary. */
    public void extendProbation(Integer months, LocalDate on, LocalDate today) {
        requireStatus(MemberStatus.ACTIVE);
        if (stage != Stage.PROBATIONARY) {
            throw new BusinessException("member.notProbationary");
        }
        if (extensionMonths != null) {
            throw new BusinessException("member.alreadyExtended", extendedOn);
        }
        if (months == null || months < Steps.MIN_EXTENSION_MONTHS || months > Steps.MAX_EXTENSION_MONTHS) {
            throw BusinessException.onField("months", "member.extensionRange", Steps.MIN_EXTENSION_MONTHS,
                    Steps.MAX_EXTENSION_MONTHS);
        }
        checkDate(on, probationaryOn, today);
        this.extensionMonths = months;
        this.extendedOn = on;
    }

    /** Rule M12: the probation is cancelled; the person is no longer a member. */
    public void cancelProbation(LocalDate on, String reason, LocalDate today) {
        requireLiving();
        if (stage != Stage.PROBATIONARY) {
            throw new BusinessException("member.notProbationary");
        }
        String why = text("reason", reason, REASON_MAX, true);
        checkDate(on, lastChange(), today);
        closeOpenSuspension(on);
        this.probationCancelled = true;
        changeStatus(MemberStatus.REMOVED, on, why);
    }

    /** Rule M11: lost contact. */
    public void suspend(LocalDate on, LocalDate today) {
        requireStatus(MemberStatus.ACTIVE);
        checkDate(on, lastChange(), today);
        suspensions.add(new Suspension(on, null));
        changeStatus(MemberStatus.SUSPENDED, on, null);
    }

    public void restore(LocalDate on, LocalDate today) {
        requireStatus(MemberStatus.SUSPENDED);
        checkDate(on, lastChange(), today);
        if (!on.isAfter(openSuspension().getFrom())) {
            throw BusinessException.onField("on", "member.suspensionEndsBeforeStart", openSuspension().getFrom());
        }
        closeOpenSuspension(on);
        changeStatus(MemberStatus.ACTIVE, on, null);
    }

    public void remove(LocalDate on, String reason, LocalDate today) {
        requireLiving();
        String why = text("reason", reason, REASON_MAX, false);
        checkDate(on, lastChange(), today);
        closeOpenSuspension(on);
        changeStatus(MemberStatus.REMOVED, on, why);
    }

    public void recordDeath(LocalDate on, LocalDate today) {
        requireLiving();
        checkDate(on, lastChange(), today);
        closeOpenSuspension(on);
        changeStatus(MemberStatus.DECEASED, on, null);
    }

    /** Rule M9: staff set the standing start with a reason; null reverts to the derived date. */
    public void correctStandingStart(LocalDate start, String reason, LocalDate today) {
        if (start == null) {
            this.standingStartReason = null;
            this.partyStandingStart = steps().standingStart();
            return;
        }
        String why = text("reason", reason, REASON_MAX, true);
        Dates.notInFuture("partyStandingStart", start, today);
        Dates.notBefore("partyStandingStart", start, Dates.PARTY_FOUNDED);
        if (start.isBefore(Age.adultOn(birthDate))) {
            throw BusinessException.onField("partyStandingStart", "member.underAge", Steps.ADULT_AGE,
                    Age.adultOn(birthDate));
        }
        this.partyStandingStart = start;
        this.standingStartReason = why;
    }

    /** Rule M14: the receiving organization confirmed the transfer on {@code on}; rule M19: out of the group. */
    public void transferTo(Organization target, LocalDate on) {
        this.organization = target;
        leaveGroup(on);
    }

    /** Rule M14: the transfer out of the zone was confirmed; the member leaves the roster (and the group, M19). */
    public void leaveZone(String to, LocalDate on) {
        this.leftZoneTo = to;
        this.leftZoneOn = on;
        leaveGroup(on);
    }

    private void changeStatus(MemberStatus to, LocalDate on, String reason) {
        this.status = to;
        this.statusSince = on;
        this.statusReason = reason;
        if (to.isFinal()) {
            leaveGroup(on);
        }
    }

    /**
     * Rule M19: places the member in {@code group} from {@code on}, moves them there from their group (which ends
     * that day), or, with no group, takes them out of their group that day. {@code joinedBranch} is the day they
     * joined their branch. Returns the placement to store (a new one, or the open one corrected when dated the same
     * day), null when the member is taken out or is already in that group.
     */
    public GroupPlacement placeInGroup(Organization group, LocalDate on, LocalDate joinedBranch, LocalDate today) {
        if (status.isFinal() || leftZoneOn != null) {
            throw new BusinessException("group.memberGone", name);
        }
        return GroupPlacements.place(this, placements, group, on, joinedBranch, today);
    }

    /** Rule M19: leaving the branch (or the Party) ends the group placement that day. */
    private void leaveGroup(LocalDate on) {
        GroupPlacements.leave(placements, on);
    }

    private void closeOpenSuspension(LocalDate on) {
        if (status == MemberStatus.SUSPENDED) {
            openSuspension().close(on);
        }
    }

    private Suspension openSuspension() {
        return suspensions.stream().filter(Suspension::isOpen).findFirst()
                .orElseThrow(() -> new IllegalStateException("suspended without an open period"));
    }

    /** The date a new status change may not precede: the latest step, status change or suspension. */
    private LocalDate lastChange() {
        LocalDate last = steps().latest();
        if (statusSince != null && statusSince.isAfter(last)) {
            last = statusSince;
        }
        for (Suspension s : suspensions) {
            LocalDate end = s.getUntil() == null ? s.getFrom() : s.getUntil();
            if (end.isAfter(last)) {
                last = end;
            }
        }
        return last;
    }

    private static void checkDate(LocalDate on, LocalDate notBefore, LocalDate today) {
        if (on == null) {
            throw BusinessException.onField("on", "member.dateRequired");
        }
        Dates.notInFuture("on", on, today);
        if (notBefore != null && on.isBefore(notBefore)) {
            throw BusinessException.onField("on", "member.beforeLastChange", notBefore);
        }
    }

    private void requireStatus(MemberStatus required) {
        if (status != required || leftZoneOn != null) {
            throw new BusinessException("member.wrongStatus", status);
        }
    }

    private void requireLiving() {
        if (status.isFinal() || leftZoneOn != null) {
            throw new BusinessException("member.wrongStatus", status);
        }
    }

    /**
     * Rule M10: whole years of standing as of {@code asOf}, suspension periods taken out; null without a start.
     * Standing stops with the membership: a removed or deceased member's years are counted up to the status date.
     */
    public Integer standingYears(LocalDate asOf) {
        LocalDate end = status != null && status.isFinal() && statusSince != null && statusSince.isBefore(asOf)
                ? statusSince : asOf;
        return PartyStanding.years(partyStandingStart, suspensions, end);
    }

    /**
     * Rules M17 and E8: from {@code on} the work unit is {@code newEnterprise} (null: none); the periods before stay
     * as they were. {@code on} is not in the future, nor before the last change of the work unit or the earliest
     * date of the member's history. Returns the previous one's id.
     */
    public Long changeWorkUnit(Enterprise newEnterprise, LocalDate on, LocalDate today) {
        if (on == null) {
            throw BusinessException.onField("on", "member.dateRequired");
        }
        Dates.notInFuture("on", on, today);
        LocalDate last = EnterprisePeriod.lastChange(workUnits);
        LocalDate first = steps().earliest();
        LocalDate notBefore = last == null || (first != null && last.isBefore(first)) ? first : last;
        if (notBefore != null && on.isBefore(notBefore)) {
            throw BusinessException.onField("on", "member.workUnitBeforeLastChange", notBefore);
        }
        Long old = getEnterpriseId();
        if (java.util.Objects.equals(old, newEnterprise == null ? null : newEnterprise.getId())) {
            return old;
        }
        EnterprisePeriod.changeTo(workUnits, newEnterprise == null ? List.of() : List.of(newEnterprise.getId()), on);
        this.enterprise = newEnterprise;
        return old;
    }

}
