package org.partyregistry.dues.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A recorded payment (rule D6): when it was paid, the months it covers (in order), the amount and how. */
public record DuesPayment(LocalDate paidOn, List<YearMonth> months, BigDecimal amount, PaymentMethod method) {

    public DuesPayment {
        months = List.copyOf(months);
    }
}
