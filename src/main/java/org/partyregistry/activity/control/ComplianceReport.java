package org.partyregistry.activity.control;

import java.time.LocalDate;
import java.util.List;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;

/** Rule ACT8: what an organization was required to hold in a period, what it held, and what is missing. */
public record ComplianceReport(Long organizationId, String organizationName, LocalDate from, LocalDate to,
                               List<Row> rows, List<GroupRow> groups) implements java.io.Serializable {

    public ComplianceReport(Long organizationId, String organizationName, LocalDate from, LocalDate to,
                            List<Row> rows) {
        this(organizationId, organizationName, from, to, rows, null);
    }

    /** Rule ACT15: the group meetings of one group directly below the organization; null list when it has none. */
    public record GroupRow(Long organizationId, String organizationName, Frequency frequency, int required,
                           long held, long valid, long missing) implements java.io.Serializable {

        static GroupRow of(Long organizationId, String organizationName, Frequency frequency, int required, long held,
                           long valid) {
            return new GroupRow(organizationId, organizationName, frequency, required, held, valid,
                    Math.max(0, required - valid));
        }
    }

    /**
     * Rule ACT15: an organization's GROUP_MEETING row with its groups: required is the sum of what each group is
     * required, held adds every group's meetings to the organization's own, and valid counts each group's valid
     * meetings only up to what that group is required (a group's extra meetings do not make up for another group's
     * missing ones). The organization's own group meetings count as held, and as valid only up to its own
     * requirement (none by default): they are no group's. So missing = max(0, required - valid) is the number of
     * group meetings the groups still owe.
     */
    static Row withGroups(Row own, List<GroupRow> groups) {
        int required = own.required() + groups.stream().mapToInt(GroupRow::required).sum();
        long held = own.held() + groups.stream().mapToLong(GroupRow::held).sum();
        long counted = groups.stream().mapToLong(g -> Math.min(g.valid(), g.required())).sum();
        long valid = Math.min(own.valid(), own.required()) + counted;
        Frequency frequency = own.frequency() == Frequency.NONE ? groups.get(0).frequency() : own.frequency();
        return Row.of(own.type(), frequency, required, held, valid);
    }

    /** One activity type; {@code missing} = max(0, required - valid). */
    public record Row(ActivityType type, Frequency frequency, int required, long held, long valid, long missing)
            implements java.io.Serializable {

        static Row of(ActivityType type, Frequency frequency, int required, long held, long valid) {
            return new Row(type, frequency, required, held, valid, Math.max(0, required - valid));
        }
    }

    public long totalMissing() {
        return rows.stream().mapToLong(Row::missing).sum();
    }
}
