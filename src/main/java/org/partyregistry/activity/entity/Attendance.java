package org.partyregistry.activity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One member's attendance on one day of an activity (rule ACT3). */
@Embeddable
public class Attendance {

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "attended_on", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private AttendanceStatus status;

    protected Attendance() {
    }

    public Attendance(Long memberId, LocalDate day, AttendanceStatus status) {
        this.memberId = memberId;
        this.day = day;
        this.status = status;
    }

    public Long getMemberId() {
        return memberId;
    }

    public LocalDate getDay() {
        return day;
    }

    public AttendanceStatus getStatus() {
        return status;
    }
}
