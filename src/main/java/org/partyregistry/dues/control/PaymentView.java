package org.partyregistry.dues.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.dues.entity.PaymentMethod;

/** A recorded payment: the months covered as {@code YYYY-MM}, in order. */
public record PaymentView(long id, long memberId, LocalDate paidOn, List<String> months, BigDecimal amount,
                          PaymentMethod method) implements Serializable {
}
