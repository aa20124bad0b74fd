package org.partyregistry.member.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.partyregistry.member.entity.Seat;

/** The committee of a term (rule M18): the term's figures and who holds which seat, in seat order. */
public record CommitteeView(Long termId, Long organizationId, String organizationName, int termNumber,
                            LocalDate electedOn, LocalDate endedOn, Integer seats, List<Holder> holders)
                                    implements Serializable {

    /** One seat holder. */
    public record Holder(Long memberId, String name, Seat seat) implements Serializable {
    }
}
