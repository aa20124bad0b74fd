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
     * The roll of the organization whose path is {@code path} on {@code on}, from entities (the demo's check and the
     * unit tests): as {@link #from}, with each member's suspensions and received transfers.
     */
    public static Roll of(String path, LocalDate on, Collection<Member> candidates, Collection<Transfer> transfers) {
        List<RollMember> rows = new ArrayList<>();
        for (Member m : candidates) {
            List<Suspension> suspensions = m.getSuspensions().isEmpty() ? java.util.Collections.singletonList(null)
                    : m.getSuspensions();
            for (Suspension s : suspensions) {
                rows.add(new RollMember(m.getId(), m.getName(), m.getOrganization().getPath(),
                        m.steps().probationaryOn(), m.steps().fullOn(), m.getStatus(), m.getStatusSince(),
                        m.getLeftZoneOn(), s == null ? null : s.getFrom(), s == null ? null : s.getUntil()));
            }
        }
        List<RollMove> moves = transfers.stream()
                .filter(t -> t.getStatus() == TransferStatus.RECEIVED && t.getDecidedOn() != null)
                .map(t -> new RollMove(t.getMember().getId(), t.getDecidedOn(), t.getFrom().getPath()))
                .toList();
        return from(path, on, rows, moves);
    }

    /**
     * The roll of the organization whose path is {@code path} on {@code on}: each candidate that belongs to it (or
     * to one below it) on that date, given the candidates' received transfers; in order of name, then id.
     */
    public static Roll from(String path, LocalDate on, Collection<RollMember> rows, Collection<RollMove> moves) {
        Map<Long, Candidate> byId = new LinkedHashMap<>();
        for (RollMember row : rows) {
            byId.computeIfAbsent(row.id(), id -> new Candidate(row, new ArrayList<>())).addSuspension(row);
        }
        Map<Long, List<RollMove>> movesById = new java.util.HashMap<>();
        moves.forEach(m -> movesById.computeIfAbsent(m.memberId(), id -> new ArrayList<>()).add(m));
        List<Candidate> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing((Candidate c) -> c.member().name()).thenComparing(c -> c.member().id()));
        Roll roll = new Roll(on);
        for (Candidate candidate : sorted) {
            RollMember member = candidate.member();
            String where = pathOn(member, movesById.getOrDefault(member.id(), List.of()), on);
            if (where != null && where.startsWith(path) && isMemberOn(member, on)) {
                roll.entries.put(member.id(), new Entry(member.id(), member.name(), candidate.isVotingOn(on)));
            }
        }
        return roll;
    }

    /** A member and their suspensions: the rows naming one, each suspension once. */
    private record Candidate(RollMember member, List<RollMember> suspensions) {

        void addSuspension(RollMember row) {
            if (row.suspendedFrom() != null && suspensions.stream().noneMatch(s ->
                    s.suspendedFrom().equals(row.suspendedFrom())
                            && java.util.Objects.equals(s.suspendedUntil(), row.suspendedUntil()))) {
                suspensions.add(row);
            }
        }

        /** Rule ACT4: a full member on {@code on} (M7 admissions included) and not suspended that day. */
        boolean isVotingOn(LocalDate on) {
            LocalDate full = new Steps(null, null, null, member.probationaryOn(), member.fullOn()).standingStart();
            if (full == null || full.isAfter(on)) {
                return false;
            }
            return suspensions.stream().noneMatch(s -> !s.suspendedFrom().isAfter(on)
                    && (s.suspendedUntil() == null || s.suspendedUntil().isAfter(on)));
        }
    }

    /** Rule ACT3: the path of the organization the member belonged to on {@code on}, or null when out of the zone. */
    static String pathOn(RollMember member, List<RollMove> moves, LocalDate on) {
        if (member.leftZoneOn() != null && !on.isBefore(member.leftZoneOn())) {
            return null;
        }
        return moves.stream()
                .filter(m -> m.receivedOn().isAfter(on))
                .min(Comparator.comparing(RollMove::receivedOn))
                .map(RollMove::fromPath)
                .orElse(member.path());
    }

    /** Rule ACT3: admitted (probationary or full) on or before {@code on} and not yet removed or deceased. */
    static boolean isMemberOn(RollMember member, LocalDate on) {
        LocalDate admitted = member.probationaryOn() != null ? member.probationaryOn() : member.fullOn();
        if (admitted == null || admitted.isAfter(on)) {
            return false;
        }
        return !(member.status().isFinal() && member.statusSince() != null && !on.isBefore(member.statusSince()));
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
