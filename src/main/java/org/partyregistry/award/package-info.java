/**
 * The "光荣在党50年" (fifty years in the Party) medal and the honors, with printable certificates.
 *
 * <p>Rules enforced here (tests cite the numbers):
 * <ol>
 * <li>AW1 A member is a medal candidate for year Y when living and on the roster (status {@code ACTIVE}, not
 * transferred out of the zone), a full member, with a party standing start on record, whose standing (rule M10:
 * suspension periods taken out) is at least 50 whole years on July 1 of Y, and who did not receive the medal in the
 * round of another year. Standing start 1976-07-01 reaches 50 on 2026-07-01; 1976-07-02 does not.</li>
 * <li>AW2 Members admitted in the era without probation (1969-04-01 to 1977-08-11, rule M7) count standing from
 * admission, as {@code Steps.standingStart()} derives it; a staff correction of the standing start (rule M9)
 * counts as corrected.</li>
 * <li>AW3 Candidates are computed, never stored as a list: every request recomputes them from the members. A
 * nomination row is written at the first decision on a candidate and records the standing start and years as they
 * were then. Approval and award check the candidate again against the live data: a member who died, was
 * suspended, left or whose standing was corrected below 50 since the branch decided is refused.</li>
 * <li>AW4 The branch (a secretary for members of their organization and below; committee staff and administrators
 * for every member) confirms each candidate's conduct, or excludes the candidate with a reason. Both may be
 * changed until the committee approves.</li>
 * <li>AW5 The committee (staff or administrator) approves a confirmed candidate. A secretary cannot approve.</li>
 * <li>AW6 The committee awards an approved candidate on the ceremony date. Staff may also award a candidate the
 * branch has not excluded directly, with a note saying why; without the note, an unapproved candidate is refused.
 * An excluded candidate is never awarded.</li>
 * <li>AW7 The ceremony date lies in the round's year and is not in the future (China Standard Time). The medal is
 * awarded once in a lifetime: a member who already holds it is refused (409), also against two awards at the same
 * moment (a unique key).</li>
 * <li>AW8 Only medal awardees have a certificate: a PDF with the Chinese text in an embedded subset of a TrueType
 * CJK font: Noto Sans SC, bundled with the application, or the file {@code REGISTRY_CJK_FONT} names. The awarding
 * body is the working committee at the root of the member's organization. Anyone else's certificate is 404.</li>
 * <li>AW9 The ceremony roster of a year (awardees, by organization) exports to Excel with a title row, the
 * ceremony date, units and totals.</li>
 * <li>AW10 Honors (outstanding member, outstanding party worker, advanced basic-level organization) at a level
 * (zone, city, province, national) go nominate → approve → award. A member-honor names a member (living, a
 * probationary or full member on the roster) and no organization; an organization-honor an active organization and
 * no member; the wrong kind of subject is refused.</li>
 * <li>AW11 The same honor (kind, level, year) is held once by a subject: a second nomination is refused (409).
 * A secretary nominates within their scope; staff and administrators approve and award; the award date is not
 * before the approval and not in the future.</li>
 * <li>AW12 Every write is checked against the caller's role and data scope and leaves an audit entry.</li>
 * <li>AW13 Years: the candidate list answers for any year from the first round (2021) to ten years ahead of
 * today (China Standard Time), so committees can plan ceremonies; the rounds' decisions (confirm, exclude,
 * approve, award), the roster and certificates are limited to the years from 2021 to next year.</li>
 * </ol>
 */
package org.partyregistry.award;
