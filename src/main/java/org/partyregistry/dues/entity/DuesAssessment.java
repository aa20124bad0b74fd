package org.partyregistry.dues.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;

/**
 * The monthly dues for a category and income: {@code rate} is the fraction applied to the whole income (0.015 for
 * 1.5%), null for the flat categories; {@code income} and {@code monthly} are yuan with two decimals.
 */
@JsonbNillable
public record DuesAssessment(DuesCategory category, BigDecimal income, BigDecimal rate, BigDecimal monthly) {
}
