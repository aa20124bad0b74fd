package org.partyregistry.award.control;

import java.time.LocalDate;
import org.partyregistry.member.entity.Sex;

/** What a medal certificate says (rule AW8). */
public record CertificateData(int year, String name, Sex sex, LocalDate partyStandingStart, int standingYears,
                              String organizationName, String awardingBody, LocalDate awardedOn) {
}
