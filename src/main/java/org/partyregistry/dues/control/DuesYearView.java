package org.partyregistry.dues.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.partyregistry.dues.entity.DuesCategory;
import org.partyregistry.dues.entity.DuesYear;
import org.partyregistry.dues.entity.DuesYearChange;

/**
 * A member's dues for a year: what was entered, the standard (proposed) amount, the monthly amount confirmed and
 * the changes during the year.
 */
@JsonbNillable
public record DuesYearView(Long id, long memberId, int year, DuesCategory category, BigDecimal income,
                           BigDecimal standardMonthly, BigDecimal monthly, boolean confirmed, String reason,
                           String approvedBy, List<Change> changes, long version)
        implements Serializable {

    /** A change from a month ({@code YYYY-MM}) to December. */
    @JsonbNillable
    public record Change(String from, DuesCategory category, BigDecimal income, BigDecimal standardMonthly,
                         BigDecimal monthly, String reason, String approvedBy)
            implements Serializable {
    }

    static DuesYearView of(DuesYear row, long memberId) {
        return new DuesYearView(row.getId(), memberId, row.getYear(), row.getCategory(), row.getIncome(),
                row.getStandardMonthly(), row.getMonthly(), row.isConfirmed(), row.getReason(), row.getApprovedBy(),
                row.getChanges().stream().map(DuesYearView::change).toList(), row.getVersion());
    }

    private static Change change(DuesYearChange c) {
        return new Change(c.getFrom().toString(), c.getCategory(), c.getIncome(), c.getStandardMonthly(),
                c.getMonthly(), c.getReason(), c.getApprovedBy());
    }
}
