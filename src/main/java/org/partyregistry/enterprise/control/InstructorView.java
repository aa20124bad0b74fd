package org.partyregistry.enterprise.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.enterprise.entity.InstructorAssignment;
import org.partyregistry.enterprise.entity.InstructorRole;

public record InstructorView(Long id, Long enterpriseId, String name, InstructorRole role, LocalDate from,
                             LocalDate to) implements Serializable {

    static InstructorView of(InstructorAssignment a) {
        return new InstructorView(a.getId(), a.getEnterprise().getId(), a.getName(), a.getRole(), a.getFrom(),
                a.getTo());
    }
}
