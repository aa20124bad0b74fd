package org.partyregistry.dues.entity;

import java.time.LocalDate;
import org.partyregistry.platform.BusinessException;

/** The committee's approval of a hardship reduction (rule D5): who approved it (body or minutes) and when. */
public record CommitteeApproval(String approvedBy, LocalDate approvedOn) {

    public static final int APPROVED_BY_MAX = 200;

    public CommitteeApproval {
        if (approvedBy == null || approvedBy.isBlank()) {
            throw BusinessException.onField("approvedBy", "dues.approvedByRequired");
        }
        if (approvedBy.strip().length() > APPROVED_BY_MAX) {
            throw BusinessException.onField("approvedBy", "dues.approvedByTooLong", APPROVED_BY_MAX);
        }
        if (approvedOn == null) {
            throw BusinessException.onField("approvedOn", "dues.approvedOnRequired");
        }
        approvedBy = approvedBy.strip();
    }
}
