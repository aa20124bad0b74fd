package org.partyregistry.enterprise.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.enterprise.entity.Coverage;
import org.partyregistry.enterprise.entity.Enterprise;

/** An enterprise with its coverage as of a date (null when not operating then) and its instructors. */
public record EnterpriseView(Long id, String name, String creditCode, Long parkId, String park, String industry,
                             int employees, LocalDate foundedOn, LocalDate closedOn, Coverage coverage,
                             LocalDate coverageAsOf, List<InstructorView> instructors, long version)
                                     implements Serializable {

    static EnterpriseView of(Enterprise e, Coverage coverage, LocalDate asOf, List<InstructorView> instructors) {
        return new EnterpriseView(e.getId(), e.getName(), e.getCreditCode(), e.getPark().getId(),
                e.getPark().getName(), e.getIndustry(), e.getEmployees(), e.getFoundedOn(), e.getClosedOn(),
                coverage, asOf, instructors, e.getVersion());
    }
}
