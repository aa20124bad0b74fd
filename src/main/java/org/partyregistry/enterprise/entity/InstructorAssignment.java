package org.partyregistry.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Dates;
import org.partyregistry.platform.PlainText;

/** An instructor or liaison sent to an enterprise for a period (rule E5): gives it work coverage. */
@Entity
@Table(name = "instructor_assignment")
public class InstructorAssignment extends BaseEntity {

    public static final int NAME_MAX = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enterprise_id", nullable = false)
    private Enterprise enterprise;

    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private InstructorRole role;

    @Column(name = "from_on", nullable = false)
    private LocalDate from;

    @Column(name = "to_on")
    private LocalDate to;

    protected InstructorAssignment() {
    }

    /**
     * Rule E5: the period starts on or after the Party's founding, ends on or after it starts, and both ends may be
     * planned, at most {@link Dates#LATEST_PLANNED_YEARS} years after {@code today}.
     */
    public InstructorAssignment(Enterprise enterprise, String name, InstructorRole role, LocalDate from,
                                LocalDate to, LocalDate today) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw BusinessException.onField("name", "instructor.nameRequired");
        }
        if (trimmed.length() > NAME_MAX) {
            throw BusinessException.onField("name", "instructor.nameTooLong", NAME_MAX);
        }
        if (role == null) {
            throw BusinessException.onField("role", "instructor.roleRequired");
        }
        if (from == null) {
            throw BusinessException.onField("from", "instructor.fromRequired");
        }
        Dates.partyDate("from", from);
        Dates.planned("from", from, today);
        if (to != null && to.isBefore(from)) {
            throw BusinessException.onField("to", "instructor.endsBeforeStart", from);
        }
        Dates.planned("to", to, today);
        this.enterprise = enterprise;
        this.name = trimmed;
        this.role = role;
        this.from = from;
        this.to = to;
    }

    /** Does the period cover the date (both ends inclusive)? */
    public boolean covers(LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }

    public Enterprise getEnterprise() {
        return enterprise;
    }

    public String getName() {
        return name;
    }

    public InstructorRole getRole() {
        return role;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }
}
