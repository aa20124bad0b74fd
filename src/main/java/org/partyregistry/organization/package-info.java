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
 * added then must be operating on that date.</li>
 * </ol>
 */
package org.partyregistry.organization;
