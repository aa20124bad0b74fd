/**
 * Party members: the record, the stages of admission, party standing, transfers and the protected ID number.
 *
 * <p>Rules enforced here (tests cite the numbers):
 * <ol>
 * <li>M1 ID number (GB 11643): 18 characters, 17 digits and a check character computed with the weights
 * 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 (sum mod 11 indexes "10X98765432"); a lowercase x is read as X. Characters
 * 7-14 are a real birth date, not in the future nor before 1900; the 17th digit is odd for a man, even for a woman.</li>
 * <li>M2 Birth date and sex are derived from the ID number; a birth date or sex given as well must agree.</li>
 * <li>M3 Steps {@code appliedOn <= activistOn <= developmentTargetOn <= probationaryOn <= fullOn}: at least one is
 * given, the given ones are in that order, none is in the future (China Standard Time) or before the Party's
 * founding, 1921-07-01 (the same for a corrected {@code partyStandingStart} and a transfer date).</li>
 * <li>M4 An applicant is at least 18 on {@code appliedOn} (on the 18th birthday is enough); with no
 * {@code appliedOn} on record, at the earliest step given. Someone born on 29 February has their birthday on
 * 1 March in a non-leap year: the same in this check, a corrected standing start and the age shown.</li>
 * <li>M5 At least one year of cultivation: {@code developmentTargetOn >= activistOn + 1 year}.</li>
 * <li>M6 Probation lasts one year from {@code probationaryOn}, extendable once by 6 to 12 months;
 * {@code fullOn} is not before the end of the probation (exactly one year is enough) and at most two years after
 * {@code probationaryOn}.</li>
 * <li>M7 A member admitted ({@code probationaryOn}) between 1969-04-01 and 1977-08-11 inclusive had no probation:
 * a full member from admission even without {@code fullOn}; rules M5-M6 on probation do not apply.</li>
 * <li>M8 The stage is derived from the latest step on record (applicant, activist, development target,
 * probationary, full; full for M7 admissions).</li>
 * <li>M9 {@code partyStandingStart} is {@code fullOn}, or {@code probationaryOn} for M7 admissions; staff (not a
 * secretary) may set it explicitly with a reason, and that value wins.</li>
 * <li>M10 Standing years as of a date are the whole years from {@code partyStandingStart} to that date, after
 * taking out the days of every suspension period; for a REMOVED or DECEASED member, up to the status date at the
 * latest (standing stops with the membership).</li>
 * <li>M11 Status: ACTIVE, SUSPENDED (lost contact), REMOVED, DECEASED. Suspend only an active member; restore only
 * a suspended one; remove or record the death of an active or suspended one; REMOVED and DECEASED are final. Each
 * change has a date that is not in the future and not before the previous change or the latest step. Suspension
 * periods do not overlap.</li>
 * <li>M12 Intents: advance to the next stage (one step at a time), extend probation (once, 6-12 months, while
 * probationary), cancel a probation (with a reason: the member is REMOVED). Only active members advance.</li>
 * <li>M13 The same ID number is registered once (keyed-hash uniqueness). It is stored only encrypted (AES-GCM) and
 * shown masked: the first 6 and the last 4 characters with 8 {@code *} between. COMMITTEE_STAFF and ADMIN may
 * reveal it in full, and each reveal is audited; other roles see the age and birth year, not the birth date. A
 * roster search text shaped like an ID number (17 digits and a digit or X) is an exact-ID search: for those two
 * roles only, each one audited (SEARCH_ID, the number masked, the number of matches); other roles get 403, and
 * their searches match names only (an exact match would confirm a guessed number, the hidden birth date with it).</li>
 * <li>M14 Transfers: out of the member's organization into another organization of the zone or to a named
 * organization outside it, never to the member's own organization; one pending transfer per member; the sender
 * keeps the member until the receiver confirms (received) or refuses with a reason. A transfer out of the zone is
 * confirmed by the sender once the receipt is back; the member then leaves the roster.</li>
 * <li>M15 Scope: a secretary reads and writes members of their organization and those below; a transfer is
 * visible to both sides and received or refused by the receiving side.</li>
 * <li>M16 Alerts: probation ending within 30 days or overdue; suspended (lost contact) for 6 months or more.</li>
 * <li>M17 The work unit is an enterprise of the zone (any signed-in role may look enterprises up) or none.</li>
 * <li>M18 A term's committee records who holds which seat: at most one secretary, two deputy secretaries, one
 * each of the organization, publicity and discipline portfolios, and committee members without a portfolio; no
 * more holders than the term's seats; each member once; every holder an active full member of the organization or
 * one below it. Only a term still in office with seats has a committee to record; it is replaced whole, in the
 * organization's write scope, and audited. A branch or joint branch term of at most 2 seats (rule O12) has a
 * secretary and deputy secretaries only.</li>
 * <li>M19 A member of a branch is placed in one of its party groups from a date, one group at a time: the group is
 * a party group directly under the member's branch that exists on that date; the date is not in the future and not
 * before the member joined the branch (admission, or the day a transfer into it was received, whichever is later);
 * an applicant, or a member removed, deceased or gone out of the zone, is not placed. Placing the member in another
 * group moves them: the previous placement ends that day; no group takes them out of their group that day. A change
 * dated before the latest one on record is refused; one dated the day the current placement starts corrects it. A
 * member who leaves the branch (transfer received elsewhere or out of the zone, removal, death) leaves the group on
 * that day. Each change is audited; a bulk change places all the members given or none.</li>
 * <li>M20 A party group's members on a date are the members placed in it then; the member record shows the group
 * the member is in now.</li>
 * <li>M21 When the member's organization merges into another (rule O13), a member on the roster (active or
 * suspended, not transferred out of the zone) moves to the absorbing organization on the merge date: recorded as a
 * transfer received that day and marked {@code byMerge}, shown in the timeline as a move with a merge, and audited.
 * A transfer the member already has pending stays pending.</li>
 * <li>M22 Ethnicity is a code of GB 3304 (the 56 ethnic groups, other, foreign-born) and education a level of
 * GB/T 4658; either is given by its code, its standard Chinese name or a common other name ("本科", "大专"), and a
 * text the list lacks is refused on its field. Values stored before the lists that matched none are kept as
 * written and shown as they are.</li>
 * </ol>
 */
package org.partyregistry.member;
