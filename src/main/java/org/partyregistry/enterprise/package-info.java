/**
 * Parks, the enterprises in them, and how each enterprise is covered by party organization or work.
 *
 * <ol>
 * <li>E1 A unified social credit code has 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" and a GB 32100
 * check character (weights 3^(i) mod 31); lowercase is read as uppercase. Codes are unique.</li>
 * <li>E2 An enterprise has a name (1-200), a park, an industry, employees (0 or more, a whole number) and a
 * founding date not in the future nor before 1900; a closing date, when set, is on or after the founding date.</li>
 * <li>E3 Coverage on a date is derived from the facts, never entered (E11 keeps what they give). Only operating
 * enterprises count: founded on or before the date, not closed on or before it. An enterprise is OWN_ORGANIZATION when
 * an organization other than a joint branch formed in it (linked on the date, E8) exists on the date (established on or
 * before, not dissolved on or before); else JOINT_ORGANIZATION when a joint branch formed in it exists; else
 * WORK_COVERAGE when an instructor or liaison period covers the date (from and to inclusive); else NONE.</li>
 * <li>E4 An own organization (committee, general branch, branch) is formed in at most one enterprise; a joint
 * branch in two to five; a working committee or a group in none. Enterprises must be operating on the
 * organization's founding date.</li>
 * <li>E5 An instructor or liaison period starts on or after 1921-07-01 and ends on or after it starts; both ends
 * may be planned, at most 5 years after today.</li>
 * <li>E6 Rates: organization coverage = (own + joint) / base; own-organization rate = own / base; work coverage =
 * (own + joint + work coverage) / base; rounded half up to 4 decimals; 0 when the base is empty. The base is all
 * operating enterprises, or only the eligible ones (3 or more full members).</li>
 * <li>E7 Parks, enterprises and instructors are reference data: every signed-in role reads them, staff and
 * administrators write them.</li>
 * <li>E8 The links between organizations and enterprises, and each member's work unit, are dated periods (from
 * inclusive, to exclusive: the day of the change). Coverage (E3), the ELIGIBLE base (E6) and "should form own" as
 * of a date read the links, the organizations and the work units of that date. Links given when an organization is
 * founded start on its founding date; a work unit given at registration on the earliest date of the member's
 * history. A change has a date (default today): not in the future, not before the last change (nor the founding,
 * nor the member's earliest date); the periods before it stay as they were.</li>
 * <li>E9 The coverage report counts operating enterprises per park and in total by coverage state (rule E3) and
 * gives the three rates of rule E6. Every count can be listed: the list behind a number reads the same rows (E11),
 * so it has exactly that many.</li>
 * <li>E10 A coverage report's as-of date that is not a date is refused (400); the default is today in China.</li>
 * <li>E11 Each enterprise's coverage (E3) and whether it is in the ELIGIBLE base (E6) are kept as dated periods, one
 * per stretch of days over which neither changes while it operates (from inclusive, to exclusive), computed from its
 * facts: its dates and park, its dated links and the linked organizations' types and dates, its instructor periods,
 * and its members' work units and full membership. Every write to one of those facts recomputes the periods of the
 * enterprises it touches in the same transaction; the reports, the lists behind their numbers and an enterprise's
 * coverage read the periods. An empty table is built from the facts at start-up; administrators can check the
 * periods against the facts and rebuild them.</li>
 * </ol>
 */
package org.partyregistry.enterprise;
