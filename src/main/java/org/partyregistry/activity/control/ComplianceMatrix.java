package org.partyregistry.activity.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.partyregistry.activity.entity.ActivityType;
import org.partyregistry.organization.entity.OrganizationType;

/**
 * Rule ACT19: every organization under a chosen one against every required activity type over a period. Each cell
 * is that organization's compliance report row (a branch's group meetings are its groups' sum); a row's
 * {@code rate} = its valid (capped per type at what is required) ÷ required, 4 decimals, null when nothing is
 * required. {@code total} adds up every row of the subtree (whatever the filter; a group's group meetings only when
 * its branch is not in the table, as its branch's cell holds them), with how many organizations there are and how
 * many are behind; {@code subtotals} the same for each organization directly below the chosen one and its subtree.
 * {@code organizationId} / {@code organizationName} are null for the whole tree (staff with several
 * top organizations and none chosen). Rule ACT20: {@code rowCount} is how many rows the table has (whatever the
 * page), {@code next} the last row's organization when a page was asked for and more rows follow (null otherwise).
 */
public record ComplianceMatrix(Long organizationId, String organizationName, LocalDate from, LocalDate to,
                               LocalDate periodFrom, LocalDate periodTo, boolean behindOnly,
                               List<ActivityType> types, List<Row> rows, Total total, List<Subtotal> subtotals,
                               int rowCount, Long next)
        implements Serializable {

    public ComplianceMatrix(Long organizationId, String organizationName, LocalDate from, LocalDate to,
                            LocalDate periodFrom, LocalDate periodTo, boolean behindOnly, List<ActivityType> types,
                            List<Row> rows, Total total, List<Subtotal> subtotals) {
        this(organizationId, organizationName, from, to, periodFrom, periodTo, behindOnly, types, rows, total,
                subtotals, rows.size(), null);
    }

    /** What one organization was required to hold of one type, held, valid, and what is missing. */
    public record Cell(int required, long held, long valid, long missing) implements Serializable {

        static Cell of(ComplianceReport.Row row) {
            return new Cell(row.required(), row.held(), row.valid(), row.missing());
        }

        Cell plus(Cell other) {
            return new Cell(required + other.required, held + other.held, valid + other.valid,
                    missing + other.missing);
        }

        long counted() {
            return Math.min(valid, required);
        }
    }

    /** One organization: {@code depth} 0 for the chosen one, 1 for those directly below it, and so on. */
    public record Row(Long organizationId, String organizationName, OrganizationType type, Long parentId, int depth,
                      LocalDate dissolvedOn, Map<String, Cell> cells, int required, long valid, long missing,
                      BigDecimal rate) implements Serializable {

        public boolean behind() {
            return missing > 0;
        }
    }

    /** The subtree's figures per type and in all, and how many organizations it holds and how many are behind. */
    public record Total(Map<String, Cell> cells, int required, long valid, long missing, BigDecimal rate,
                        int organizations, int behind) implements Serializable {
    }

    /**
     * An organization directly below the chosen one with everything below it (as counted in the total): for a chart
     * of the rate per park committee.
     */
    public record Subtotal(Long organizationId, String organizationName, OrganizationType type, int required,
                           long valid, long missing, BigDecimal rate, int organizations, int behind)
            implements Serializable {
    }

    /** Valid ÷ required with 4 decimals; null when nothing is required. */
    static BigDecimal rate(long counted, long required) {
        return required == 0 ? null
                : BigDecimal.valueOf(counted).divide(BigDecimal.valueOf(required), 4, RoundingMode.HALF_UP);
    }
}
