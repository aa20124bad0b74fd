package org.partyregistry.dues.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.dues.entity.ArrearsLevel;

/** A member behind with dues on {@code asOf} (rule D8): since which month ({@code YYYY-MM}), how many months. */
@JsonbNillable
public record ArrearsRow(long memberId, String name, long organizationId, String organizationName, LocalDate asOf,
                         String unpaidSince, int monthsUnpaid, ArrearsLevel level)
        implements Serializable {
}
