package org.partyregistry.member.entity;

/** Stages of admission, in order (rule M8). */
public enum Stage {
    APPLICANT,
    ACTIVIST,
    DEVELOPMENT_TARGET,
    PROBATIONARY,
    FULL;

    public Stage next() {
        return this == FULL ? null : values()[ordinal() + 1];
    }

    public boolean isMember() {
        return this == PROBATIONARY || this == FULL;
    }
}
