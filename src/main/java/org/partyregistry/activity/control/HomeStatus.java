package org.partyregistry.activity.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.partyregistry.activity.entity.ActivityType;

/**
 * A secretary's status of the quarter at a glance, read from the organization's compliance report over the quarter
 * (rules ACT8, ACT16): per activity type what is owed so far (the whole periods already over, plus the period in
 * progress once, or once per party group for a branch's group meetings), what is held of it (valid meetings, at most
 * what each period owes), what is missing from the periods over, and what the period in progress still waits for.
 */
public record HomeStatus(Long organizationId, String organizationName, LocalDate from, LocalDate to,
                         List<Line> lines) implements Serializable {

    /** One activity type; {@code open} the meetings the periods in progress still wait for (not missing). */
    public record Line(ActivityType type, long owed, long held, long missing, long open) implements Serializable {
    }

    public static HomeStatus of(ComplianceReport report) {
        List<Line> lines = new ArrayList<>();
        for (ComplianceReport.Row row : report.rows()) {
            long openOwed;
            long openHeld;
            if (row.type() == ActivityType.GROUP_MEETING && report.groups() != null && !report.groups().isEmpty()) {
                openOwed = report.groups().stream().filter(g -> g.inProgress() != null).count();
                openHeld = report.groups().stream().filter(g -> g.inProgress() != null)
                        .mapToLong(g -> Math.min(1, g.inProgress().valid())).sum();
            } else {
                openOwed = row.inProgress() == null ? 0 : 1;
                openHeld = row.inProgress() == null ? 0 : Math.min(1, row.inProgress().valid());
            }
            long owed = row.required() + openOwed;
            if (owed == 0) {
                continue;
            }
            lines.add(new Line(row.type(), owed, row.counted() + openHeld, row.missing(), openOwed - openHeld));
        }
        return new HomeStatus(report.organizationId(), report.organizationName(), report.from(), report.to(),
                List.copyOf(lines));
    }

    public long getOwed() {
        return lines.stream().mapToLong(Line::owed).sum();
    }

    public long getHeld() {
        return lines.stream().mapToLong(Line::held).sum();
    }

    public long getMissing() {
        return lines.stream().mapToLong(Line::missing).sum();
    }

    public long getOpen() {
        return lines.stream().mapToLong(Line::open).sum();
    }
}
