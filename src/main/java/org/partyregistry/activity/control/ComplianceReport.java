package org.partyregistry.activity.control;

import java.time.LocalDate;
import java.util.List;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.activity.entity.Frequency;

/** Rule ACT8: what an organization was required to hold in a period, what it held, and what is missing. */
public record ComplianceReport(Long organizationId, String organizationName, LocalDate from, LocalDate to,
                               List<Row> rows) {

    /** One activity type; {@code missing} = max(0, required - valid). */
    public record Row(ActivityType type, Frequency frequency, int required, long held, long valid, long missing) {

        static Row of(ActivityType type, Frequency frequency, int required, long held, long valid) {
            return new Row(type, frequency, required, held, valid, Math.max(0, required - valid));
        }
    }

    public long totalMissing() {
        return rows.stream().mapToLong(Row::missing).sum();
    }
}
