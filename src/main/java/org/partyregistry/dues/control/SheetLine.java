package org.partyregistry.dues.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.partyregistry.dues.entity.DuesAssessment;
import org.partyregistry.dues.entity.DuesCalculator;
import org.partyregistry.dues.entity.DuesCategory;

/** A member owing dues in the year, with this year's row and last year's category and income, if any. */
public record SheetLine(Long memberId, String name, Long organizationId, String organizationName, DuesCategory category,
                 BigDecimal income, BigDecimal standardMonthly, BigDecimal monthly, LocalDate confirmedOn,
                 DuesCategory previousCategory, BigDecimal previousIncome) {

    SheetRow toSheetRow() {
        if (category != null) {
            boolean confirmed = confirmedOn != null;
            return new SheetRow(memberId, name, organizationId, organizationName,
                    confirmed ? SheetRow.State.CONFIRMED : SheetRow.State.PROPOSED, category, income, standardMonthly,
                    confirmed ? monthly : null);
        }
        if (previousCategory != null) {
            DuesAssessment carried = DuesCalculator.assess(previousCategory, previousIncome);
            return new SheetRow(memberId, name, organizationId, organizationName, SheetRow.State.CARRIED_OVER,
                    carried.category(), carried.income(), carried.monthly(), null);
        }
        return new SheetRow(memberId, name, organizationId, organizationName, SheetRow.State.MISSING, null, null,
                null, null);
    }
}
