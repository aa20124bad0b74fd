package org.partyregistry.dues.control;

import java.time.LocalDate;
import org.partyregistry.dues.entity.Arrears;
import org.partyregistry.dues.entity.Standing;

/** A member the dues standing finds behind (rule D8): who, where, and the standing's months. */
public record BehindMember(Long memberId, String name, Long organizationId, String organizationName,
                           Integer owesFrom, Integer paidThrough, Integer paidBefore) {

    /** Rule D8 on {@code asOf} from the standing. */
    Arrears arrears(LocalDate asOf) {
        return new Standing(owesFrom, paidThrough, paidBefore).arrears(asOf);
    }
}
