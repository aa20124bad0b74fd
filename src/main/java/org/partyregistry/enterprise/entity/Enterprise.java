package org.partyregistry.enterprise.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.partyregistry.platform.BaseEntity;
import org.partyregistry.platform.BusinessException;
import org.partyregistry.platform.Checks;
import org.partyregistry.platform.Dates;
import org.partyregistry.platform.PlainText;

/** An enterprise in a park (rules E1, E2). */
@Entity
@Table(name = "enterprise")
public class Enterprise extends BaseEntity {

    public static final int NAME_MAX = 200;
    public static final int INDUSTRY_MAX = 60;

    @PlainText
    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "credit_code", nullable = false, length = CreditCode.LENGTH, unique = true)
    private String creditCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "park_id", nullable = false)
    private Park park;

    @Column(name = "industry", nullable = false, length = INDUSTRY_MAX)
    private String industry;

    @Column(name = "employees", nullable = false)
    private int employees;

    @Column(name = "founded_on", nullable = false)
    private LocalDate foundedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected Enterprise() {
    }

    public Enterprise(String name, String creditCode, Park park, String industry, Integer employees,
                      LocalDate foundedOn, LocalDate closedOn, LocalDate today) {
        Checks checks = new Checks().check(() -> this.creditCode = CreditCode.normalize(creditCode));
        checks.check(() -> describe(name, park, industry, employees, foundedOn, closedOn, today));
        checks.done();
    }

    /** Rule E2: sets everything but the credit code. */
    public final void describe(String newName, Park newPark, String newIndustry, Integer newEmployees,
                               LocalDate newFoundedOn, LocalDate newClosedOn, LocalDate today) {
        String trimmed = newName == null ? "" : newName.strip();
        String industryTrimmed = newIndustry == null ? "" : newIndustry.strip();
        Checks checks = new Checks();
        checks.check(() -> {
            if (trimmed.isEmpty()) {
                throw BusinessException.onField("name", "enterprise.nameRequired");
            }
            if (trimmed.length() > NAME_MAX) {
                throw BusinessException.onField("name", "enterprise.nameTooLong", NAME_MAX);
            }
        });
        checks.check(() -> {
            if (newPark == null) {
                throw BusinessException.onField("parkId", "enterprise.parkRequired");
            }
        });
        checks.check(() -> {
            if (industryTrimmed.isEmpty()) {
                throw BusinessException.onField("industry", "enterprise.industryRequired");
            }
            if (industryTrimmed.length() > INDUSTRY_MAX) {
                throw BusinessException.onField("industry", "enterprise.industryTooLong", INDUSTRY_MAX);
            }
        });
        checks.check(() -> {
            if (newEmployees == null || newEmployees < 0) {
                throw BusinessException.onField("employees", "enterprise.employeesNegative");
            }
        });
        checks.check(() -> {
            if (newFoundedOn == null) {
                throw BusinessException.onField("foundedOn", "enterprise.foundedRequired");
            }
            Dates.notInFuture("foundedOn", newFoundedOn, today);
            Dates.notBefore("foundedOn", newFoundedOn, Dates.EARLIEST_FOUNDING);
        });
        checks.check(() -> {
            if (newClosedOn != null && newFoundedOn != null && newClosedOn.isBefore(newFoundedOn)) {
                throw BusinessException.onField("closedOn", "enterprise.closedBeforeFounded", newFoundedOn);
            }
            Dates.notInFuture("closedOn", newClosedOn, today);
        });
        checks.done();
        this.name = trimmed;
        this.park = newPark;
        this.industry = industryTrimmed;
        this.employees = newEmployees;
        this.foundedOn = newFoundedOn;
        this.closedOn = newClosedOn;
    }

    /** Rule E3: operating on the date (founded on or before it, not closed on or before it). */
    public boolean operatingOn(LocalDate date) {
        return !foundedOn.isAfter(date) && (closedOn == null || closedOn.isAfter(date));
    }

    public String getName() {
        return name;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public Park getPark() {
        return park;
    }

    public String getIndustry() {
        return industry;
    }

    public int getEmployees() {
        return employees;
    }

    public LocalDate getFoundedOn() {
        return foundedOn;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
