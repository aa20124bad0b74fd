package org.partyregistry.member.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partyregistry.member.entity.MemberStatus;
import org.partyregistry.member.entity.TransferStatus;

/**
 * One dated line of a member's timeline: a step, a status change, a suspension, a transfer or a move with a merge
 * of the member's organization (rule M21).
 */
public record TimelineEntry(LocalDate on, Kind kind, String detail) implements Serializable {

    public enum Kind {
        APPLIED,
        ACTIVIST,
        DEVELOPMENT_TARGET,
        PROBATIONARY,
        PROBATION_EXTENDED,
        FULL,
        STANDING_CORRECTED,
        SUSPENDED,
        RESTORED,
        PROBATION_CANCELLED,
        REMOVED,
        DECEASED,
        TRANSFER_SENT,
        TRANSFER_RECEIVED,
        TRANSFER_REFUSED,
        LEFT_ZONE,
        MOVED_BY_MERGE
    }

    /** The member's history, latest first. */
    public static List<TimelineEntry> of(MemberView m, List<TransferView> transfers) {
        List<TimelineEntry> entries = new ArrayList<>();
        add(entries, m.appliedOn(), Kind.APPLIED, null);
        add(entries, m.activistOn(), Kind.ACTIVIST, null);
        add(entries, m.developmentTargetOn(), Kind.DEVELOPMENT_TARGET, null);
        add(entries, m.probationaryOn(), Kind.PROBATIONARY, null);
        add(entries, m.extendedOn(), Kind.PROBATION_EXTENDED,
                m.extensionMonths() == null ? null : String.valueOf(m.extensionMonths()));
        add(entries, m.fullOn(), Kind.FULL, null);
        if (m.standingStartReason() != null) {
            add(entries, m.partyStandingStart(), Kind.STANDING_CORRECTED, m.standingStartReason());
        }
        for (MemberView.Period period : m.suspensions()) {
            add(entries, period.from(), Kind.SUSPENDED, null);
            if (period.to() != null && (m.status() == MemberStatus.ACTIVE || !period.to().equals(m.statusSince()))) {
                add(entries, period.to(), Kind.RESTORED, null);
            }
        }
        if (m.status() == MemberStatus.REMOVED) {
            add(entries, m.statusSince(), m.probationCancelled() ? Kind.PROBATION_CANCELLED : Kind.REMOVED,
                    m.statusReason());
        } else if (m.status() == MemberStatus.DECEASED) {
            add(entries, m.statusSince(), Kind.DECEASED, null);
        }
        for (TransferView t : transfers) {
            if (t.byMerge()) {
                add(entries, t.on(), Kind.MOVED_BY_MERGE, t.fromOrganizationName() + " → " + t.destination());
                continue;
            }
            add(entries, t.on(), Kind.TRANSFER_SENT, t.fromOrganizationName() + " → " + t.destination());
            if (t.status() == TransferStatus.RECEIVED && t.toOrganizationId() != null) {
                add(entries, t.decidedOn(), Kind.TRANSFER_RECEIVED, t.destination());
            } else if (t.status() == TransferStatus.RECEIVED) {
                add(entries, t.decidedOn(), Kind.LEFT_ZONE, t.destination());
            } else if (t.status() == TransferStatus.REFUSED) {
                add(entries, t.decidedOn(), Kind.TRANSFER_REFUSED, t.reason());
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::on).thenComparing(TimelineEntry::kind).reversed());
        return entries;
    }

    private static void add(List<TimelineEntry> entries, LocalDate on, Kind kind, String detail) {
        if (on != null) {
            entries.add(new TimelineEntry(on, kind, detail));
        }
    }
}
