package org.partyregistry.member.entity;

/** Rule M14. */
public enum TransferStatus {
    PENDING,
    RECEIVED,
    REFUSED
}
