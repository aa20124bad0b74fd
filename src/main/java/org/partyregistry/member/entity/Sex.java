package org.partyregistry.member.entity;

/** Derived from the 17th digit of the ID number (rule M1). */
public enum Sex {
    MALE,
    FEMALE
}
