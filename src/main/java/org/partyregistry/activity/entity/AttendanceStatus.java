package org.partyregistry.activity.entity;

/** How a member took part in an activity (rule ACT3). */
public enum AttendanceStatus {
    PRESENT,
    EXCUSED,
    ABSENT
}
