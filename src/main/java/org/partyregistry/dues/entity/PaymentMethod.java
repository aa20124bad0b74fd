package org.partyregistry.dues.entity;

/** How a payment reached the branch. */
public enum PaymentMethod {
    CASH,
    BANK_TRANSFER,
    /** WeChat Pay, Alipay or a bank's app. */
    ONLINE
}
