package org.partyregistry.award.entity;

/** Who grants an honor (rule AW10), lowest first. */
public enum HonorLevel {
    ZONE,
    CITY,
    PROVINCE,
    NATIONAL
}
