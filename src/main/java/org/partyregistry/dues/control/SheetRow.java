package org.partyregistry.dues.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.math.BigDecimal;
import org.partyregistry.dues.entity.DuesCategory;

/**
 * One member on a branch's year sheet (rule D4): the category and income entered for the year, or else last year's
 * (carried over, not yet entered); the amount proposed for them; the amount confirmed, once confirmed.
 */
@JsonbNillable
public record SheetRow(long memberId, String name, long organizationId, String organizationName, State state,
                       DuesCategory category, BigDecimal income, BigDecimal proposed, BigDecimal monthly)
        implements Serializable {

    public enum State {
        /** Nothing entered for the year and nothing to carry over from last year. */
        MISSING,
        /** Category and income carried over from last year, not yet entered for this one. */
        CARRIED_OVER,
        /** Entered and proposed, waiting for confirmation. */
        PROPOSED,
        CONFIRMED
    }
}
