package org.partyregistry.enterprise.control;

import java.io.Serializable;
import org.partyregistry.enterprise.entity.Park;

public record ParkView(Long id, String name) implements Serializable {

    static ParkView of(Park p) {
        return new ParkView(p.getId(), p.getName());
    }
}
