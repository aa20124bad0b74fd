package org.partyregistry.activity.control;

import java.util.List;
import java.util.Set;
import org.partyregistry.activity.entity.ActivityType;

/**
 * Rule ACT19: what one list of an organization's rows adds to the compliance table: the row's own figures over the types shown, and its share of the
 * totals per type ({@link #FIGURES} figures each: required, held, valid, missing) and in all, without a group's
 * meetings when they are summed into its branch's row.
 */
record MatrixShare(int required, long valid, long missing, ComplianceService.Counted counted, long[] types,
                   boolean[] counts) {

    static final int FIGURES = 4;

    static MatrixShare of(List<ComplianceReport.Row> rows, Set<ActivityType> shown, boolean inBranch) {
        long required = 0;
        long valid = 0;
        long missing = 0;
        long[] sum = new long[3];
        long[] types = new long[ActivityType.values().length * FIGURES];
        boolean[] counts = new boolean[ActivityType.values().length];
        for (ComplianceReport.Row r : rows) {
            if (!shown.contains(r.type())) {
                continue;
            }
            required += r.required();
            valid += r.counted();
            missing += r.missing();
            if (!(inBranch && r.type() == ActivityType.GROUP_MEETING)) {
                int at = r.type().ordinal() * FIGURES;
                counts[r.type().ordinal()] = true;
                types[at] += r.required();
                types[at + 1] += r.held();
                types[at + 2] += r.valid();
                types[at + 3] += r.missing();
                sum[0] += r.required();
                sum[1] += r.counted();
                sum[2] += r.missing();
            }
        }
        return new MatrixShare((int) required, valid, missing, new ComplianceService.Counted(sum[0], sum[1], sum[2]), types,
                counts);
    }

    void addTo(long[] totals, boolean[] counted) {
        for (int t = 0; t < counts.length; t++) {
            if (counts[t]) {
                counted[t] = true;
                int at = t * FIGURES;
                totals[at] += types[at];
                totals[at + 1] += types[at + 1];
                totals[at + 2] += types[at + 2];
                totals[at + 3] += types[at + 3];
            }
        }
    }
}
