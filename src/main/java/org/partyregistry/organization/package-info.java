/**
 * Party organizations, their tree, their history and their terms of office.
 *
 * <p>Rules enforced here (tests cite the numbers):
 * <ol>
 * <li>O1 Placement: a working committee is a root; a committee sits under a working committee or a committee; a
 * general branch under a working committee or a committee; a branch or joint branch under a working committee, a
 * committee or a general branch; a group only under a branch or joint branch; nothing under a group.</li>
 * <li>O2 An organization cannot be placed under a dissolved organization, nor under itself or its descendants.</li>
 * <li>O3 Names are 1 to 100 characters and unique among the active children of one parent.</li>
 * <li>O4 A founding date is not in the future (China Standard Time), nor before the Party's founding (1921-07-01);
 * nor is a term's election date.</li>
 * <li>O5 Organizations are never deleted: rename, move, merge and dissolve are recorded as dated events. An
 * organization with active sub-organizations cannot be dissolved; merging moves them to the absorbing one.</li>
 * <li>O6 Terms: committees serve 5 years, general branches and (joint) branches 3; a term may be shortened or
 * lengthened by at most 1 year. Working committees and groups have no terms.</li>
 * <li>O7 A new term is elected after the previous one (not on the same date, not before) with a higher number,
 * not before the organization was founded and not in the future; it closes the previous term on its date.</li>
 * <li>O8 Term warnings: due within 6 months, due within 1 month (the expiry day included), overdue after the
 * expiry day.</li>
 * <li>O9 A branch committee has at most 7 seats.</li>
 * <li>O10 Writes check the version the caller read: a stale version is refused, never overwritten.</li>
 * <li>O11 An organization is formed in enterprises: a joint branch in two to five, a committee, general branch or
 * branch in at most one, a working committee or group in none; each operating on the founding date (rule E4).
 * Re-linking takes the date of the change (default today) and keeps the links before it (rule E8); an enterprise
 * added then must be operating on that date.
 * Changing the type re-checks the enterprises already linked: a joint branch of 4 enterprises cannot become a
 * branch (400 on "type", nothing changed).</li>
 * <li>O12 Committee seats follow the full members of a branch or joint branch (and its groups) counted on the
 * election date: below 7, at most 2 seats (secretary, deputy); from 7, 3 to 7 seats; otherwise 400 naming the
 * count. A term with no seats on record, and other types, are not checked.</li>
 * <li>O13 Merging moves the members on the roster (active or suspended, not transferred out of the zone) and the
 * accounts bound to the merged organization to the target on the merge date, each one audited and each member's
 * history saying so (rule M21). Dissolving an organization that still has such members is refused (409) with
 * their number and how to move them.</li>
 * <li>O14 An open term's expiry may be brought forward or postponed, with the approval's date and a reason, to at
 * most one year either way from the expiry set at the election (exactly a year is allowed, a year and a day is
 * not); the approval is not in the future nor before the election. The term keeps that original expiry and each
 * change (from, to, reason, approval, who, when), and carries its version (rule O10: a stale one is 409).</li>
 * <li>O15 Size warnings, never refusals: a branch or joint branch over 50 party members (probationary and full, on
 * the roster, its groups included) may become a general branch (OVER_50); a branch, joint branch or general branch
 * over 100 may become a committee (OVER_100). Listed in the caller's scope.</li>
 * <li>O16 A term in office with 3 or more seats whose seat holders were never recorded (rule M18) has its committee
 * meetings kept but invalid, "committee not recorded" (rule ACT5): the term's page and the organization's terms
 * say so, with the way to record the committee, until it is recorded.</li>
 * </ol>
 */
package org.partyregistry.organization;
