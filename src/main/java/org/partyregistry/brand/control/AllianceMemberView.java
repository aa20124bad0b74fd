package org.partyregistry.brand.control;

import java.io.Serializable;
import java.time.LocalDate;
import org.partyregistry.brand.entity.AllianceMember;

/** One period of membership; {@code kind} is ENTERPRISE or ORGANIZATION, {@code current} as of today (rule B10). */
public record AllianceMemberView(Long id, Long allianceId, String kind, Long enterpriseId, Long organizationId,
                                 String name, LocalDate joinedOn, LocalDate leftOn, boolean current, long version)
                                         implements Serializable {

    public static final String ENTERPRISE = "ENTERPRISE";
    public static final String ORGANIZATION = "ORGANIZATION";

    static AllianceMemberView of(AllianceMember m, LocalDate today) {
        return new AllianceMemberView(m.getId(), m.getAlliance().getId(), m.isEnterprise() ? ENTERPRISE : ORGANIZATION,
                m.isEnterprise() ? m.getEnterprise().getId() : null,
                m.isEnterprise() ? null : m.getOrganization().getId(), m.getName(), m.getJoinedOn(), m.getLeftOn(),
                m.isCurrentOn(today), m.getVersion());
    }
}
