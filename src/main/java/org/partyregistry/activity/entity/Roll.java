package org.partyregistry.activity.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyregistry.member.entity.Member;
import org.partyregistry.member.entity.Steps;
import org.partyregistry.member.entity.Suspension;
import org.partyregistry.member.entity.Transfer;
import org.partyregistry.member.entity.TransferStatus;

/**
 * The members of an organization (and those below it) on one date, and which of them vote (rules ACT3, ACT4).
 * Pure: built from members and their transfers, so the rules are unit-tested without a database.
 */
public final class Roll {

    /** One member on the roll; {@code voting} for a full member not suspended on that date. */
    public record Entry(long memberId, String name, boolean voting) implements java.io.Serializable {
    }

    private final LocalDate on;
    private final Map<Long, Entry> entries = new LinkedHashMap<>();

    private Roll(LocalDate on) {
        this.on = on;
    }

    /**
     * The roll of the organization whose path is {@code path} on {@code on}: each candidate that belongs to it (or
     * to one below it) on that date, given the candidate's transfers (any status; only received ones move a member).
     */
    public static Roll of(String path, LocalDate on, Collection<Member> candidates, Collection<Transfer> transfers) {
        Roll roll = new Roll(on);
        List<Member> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparing(Member::getName).thenComparing(Member::getId,
                Comparator.nullsLast(Comparator.naturalOrder())));
        for (Member member : sorted) {
            List<Transfer> own = transfers.stream().filter(t -> t.getMember().equals(member)).toList();
            String where = pathOn(member, own, on);
            if (where != null && where.startsWith(path) && isMemberOn(member, on)) {
                roll.entries.put(member.getId(), new Entry(member.getId(), member.getName(), isVotingOn(member, on)));
            }
        }
        return roll;
    }

    /** Rule ACT3: the path of the organization the member belonged to on {@code on}, or null when out of the zone. */
    static String pathOn(Member member, List<Transfer> transfers, LocalDate on) {
        if (member.getLeftZoneOn() != null && !on.isBefore(member.getLeftZoneOn())) {
            return null;
        }
        return transfers.stream()
                .filter(t -> t.getStatus() == TransferStatus.RECEIVED && t.getDecidedOn() != null
                        && t.getDecidedOn().isAfter(on))
                .min(Comparator.comparing(Transfer::getDecidedOn))
                .map(t -> t.getFrom().getPath())
                .orElse(member.getOrganization().getPath());
    }

    /** Rule ACT3: admitted (probationary or full) on or before {@code on} and not yet removed or deceased. */
    static boolean isMemberOn(Member member, LocalDate on) {
        Steps steps = member.steps();
        LocalDate admitted = steps.probationaryOn() != null ? steps.probationaryOn() : steps.fullOn();
        if (admitted == null || admitted.isAfter(on)) {
            return false;
        }
        return !(member.getStatus().isFinal() && member.getStatusSince() != null
                && !on.isBefore(member.getStatusSince()));
    }

    /** Rule ACT4: a full member on {@code on} (M7 admissions included) and not suspended that day. */
    static boolean isVotingOn(Member member, LocalDate on) {
        LocalDate full = member.steps().standingStart();
        if (full == null || full.isAfter(on)) {
            return false;
        }
        for (Suspension s : member.getSuspensions()) {
            if (!s.getFrom().isAfter(on) && (s.getUntil() == null || s.getUntil().isAfter(on))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Rule ACT17: a party group's roll: those on this roll (its branch's, on the same date) who are placed in the
     * group that day ({@code placed}, rule M20).
     */
    public Roll restrictedTo(java.util.Set<Long> placed) {
        Roll group = new Roll(on);
        entries.forEach((id, entry) -> {
            if (placed.contains(id)) {
                group.entries.put(id, entry);
            }
        });
        return group;
    }

    public LocalDate on() {
        return on;
    }

    public boolean contains(Long memberId) {
        return entries.containsKey(memberId);
    }

    public boolean isVoting(Long memberId) {
        Entry entry = entries.get(memberId);
        return entry != null && entry.voting();
    }

    public int votingCount() {
        return (int) entries.values().stream().filter(Entry::voting).count();
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }
}
