package org.partyregistry.activity.entity;

/** What kind of activity was held; the validity of meetings depends on it (rules ACT4-ACT6). */
public enum ActivityType {
    BRANCH_GENERAL_MEETING,
    BRANCH_COMMITTEE_MEETING,
    GROUP_MEETING,
    PARTY_LECTURE,
    THEMED_PARTY_DAY,
    ORGANIZATION_LIFE_MEETING,
    DEMOCRATIC_REVIEW,
    STUDY_SESSION,
    OTHER
}
