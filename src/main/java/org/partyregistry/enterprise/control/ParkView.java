package org.partyregistry.enterprise.control;

import org.partyregistry.enterprise.entity.Park;

public record ParkView(Long id, String name) {

    static ParkView of(Park p) {
        return new ParkView(p.getId(), p.getName());
    }
}
