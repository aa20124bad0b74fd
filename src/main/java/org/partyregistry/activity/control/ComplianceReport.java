package org.partyregistry.activity.control;

import java.time.LocalDate;
import java.util.List;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;

/**
 * Rules ACT8, ACT16: what an organization was required to hold in a period, what it held, and what is missing.
 * {@code periodFrom} / {@code periodTo}: the first day of the first and the last day of the last whole period counted
 * for any row (null when none is).
 */
public record ComplianceReport(Long organizationId, String organizationName, LocalDate from, LocalDate to,
                               List<Row> rows, List<GroupRow> groups, LocalDate periodFrom, LocalDate periodTo)
        implements java.io.Serializable {

    public ComplianceReport(Long organizationId, String organizationName, LocalDate from, LocalDate to,
                            List<Row> rows, List<GroupRow> groups) {
        this(organizationId, organizationName, from, to, rows, groups, first(rows), last(rows));
    }

    /** The earliest first day of the rows' counted periods (loops: a city's table builds 50,000 reports). */
    static LocalDate first(List<Row> rows) {
        LocalDate first = null;
        for (Row r : rows) {
            if (r.periodFrom() != null && (first == null || r.periodFrom().isBefore(first))) {
                first = r.periodFrom();
            }
        }
        return first;
    }

    /** The latest last day of the rows' counted periods. */
    static LocalDate last(List<Row> rows) {
        LocalDate last = null;
        for (Row r : rows) {
            if (r.periodTo() != null && (last == null || r.periodTo().isAfter(last))) {
                last = r.periodTo();
            }
        }
        return last;
    }

    /**
     * Rule ACT16: the period not yet over (its last day is today or later) that overlaps the request: what is held
     * in it so far. It is neither required nor missing.
     */
    public record InProgress(LocalDate periodFrom, LocalDate periodTo, long held, long valid)
            implements java.io.Serializable {

        static InProgress sum(InProgress a, InProgress b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            return new InProgress(min(a.periodFrom, b.periodFrom), max(a.periodTo, b.periodTo), a.held + b.held,
                    a.valid + b.valid);
        }
    }

    /** Rule ACT15: the group meetings of one group directly below the organization; null list when it has none. */
    public record GroupRow(Long organizationId, String organizationName, Frequency frequency, int required,
                           long held, long valid, long missing, LocalDate periodFrom, LocalDate periodTo,
                           InProgress inProgress) implements java.io.Serializable {

        static GroupRow of(Long organizationId, String organizationName, Row row) {
            return new GroupRow(organizationId, organizationName, row.frequency(), row.required(), row.held(),
                    row.valid(), row.missing(), row.periodFrom(), row.periodTo(), row.inProgress());
        }
    }

    /**
     * Rule ACT15: an organization's GROUP_MEETING row with its groups: required is the sum of what each group is
     * required, held adds every group's meetings to the organization's own, and valid counts each group's valid
     * meetings only up to what that group is required (a group's extra meetings do not make up for another group's
     * missing ones). The organization's own group meetings (recorded before rule ACT17) count as held, and as valid
     * only up to its own requirement (none by default). So missing = max(0, required - valid) is the number of group
     * meetings the groups still owe.
     */
    static Row withGroups(Row own, List<GroupRow> groups) {
        int required = own.required() + groups.stream().mapToInt(GroupRow::required).sum();
        long held = own.held() + groups.stream().mapToLong(GroupRow::held).sum();
        long counted = groups.stream().mapToLong(g -> Math.min(g.valid(), g.required())).sum();
        long valid = Math.min(own.valid(), own.required()) + counted;
        Frequency frequency = own.frequency() == Frequency.NONE ? groups.get(0).frequency() : own.frequency();
        LocalDate from = own.periodFrom();
        LocalDate to = own.periodTo();
        InProgress progress = own.inProgress();
        for (GroupRow g : groups) {
            from = min(from, g.periodFrom());
            to = max(to, g.periodTo());
            progress = InProgress.sum(progress, g.inProgress());
        }
        return new Row(own.type(), frequency, required, held, valid, Math.max(0, required - valid), from, to,
                progress);
    }

    /**
     * One activity type; {@code missing} = max(0, required - valid); {@code periodFrom} / {@code periodTo} bound the
     * whole periods counted (null when none is); {@code inProgress} the current period, null when it does not overlap
     * the request.
     */
    public record Row(ActivityType type, Frequency frequency, int required, long held, long valid, long missing,
                      LocalDate periodFrom, LocalDate periodTo, InProgress inProgress)
            implements java.io.Serializable {

        static Row of(ActivityType type, Frequency frequency, int required, long held, long valid) {
            return new Row(type, frequency, required, held, valid, Math.max(0, required - valid), null, null, null);
        }

        /** What counts towards the compliance rate: valid, but no more than required. */
        public long counted() {
            return Math.min(valid, required);
        }
    }

    public long totalMissing() {
        return missing(rows);
    }

    /** What the rows miss in all. */
    static long missing(List<Row> rows) {
        long missing = 0;
        for (Row r : rows) {
            missing += r.missing();
        }
        return missing;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
