package org.partyregistry.dues.control;

import java.time.LocalDate;

/** A member with none of the reminder's months paid: who, where, and the dates of admission on record. */
public record ArrearsCandidate(Long memberId, String name, Long organizationId, String organizationName,
                        LocalDate probationaryOn, LocalDate fullOn) {

    /** Rule D11: the probationary step, or the full-membership date for a member recorded with only that. */
    LocalDate admittedOn() {
        return probationaryOn != null ? probationaryOn : fullOn;
    }
}
