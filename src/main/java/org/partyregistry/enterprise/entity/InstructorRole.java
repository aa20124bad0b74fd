package org.partyregistry.enterprise.entity;

/** 党建指导员 / 联络员: sent to an enterprise with no organization of its own. */
public enum InstructorRole {
    INSTRUCTOR,
    LIAISON
}
