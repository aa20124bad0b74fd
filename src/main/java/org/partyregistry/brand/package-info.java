/**
 * Party-building brands (党建品牌) and alliances (党建联盟): reference data that every signed-in role reads.
 *
 * <p>Rules enforced here (tests cite the numbers):
 * <ol>
 * <li>B1 A brand has a name (1 to 50 characters), an owning organization, a founding date that is not in the future
 * (China Standard Time) and not before the organization was established; a slogan (up to 100 characters) and a
 * description (up to 2000) are optional.</li>
 * <li>B2 A brand's name is unique within its organization (after trimming): a second brand of the same name in the
 * same organization is a conflict (409) and nothing is written. Two organizations may use the same name.</li>
 * <li>B3 A logo is a PNG, JPEG or GIF image recognized by its content (its leading "magic" bytes), never by
 * its file name or declared type, that decodes whole; it has at least one byte and at most 1 MB (1,048,576 bytes).
 * A declared image type that contradicts the content is refused, and so is WebP (the JDK cannot decode it, so it
 * cannot be checked). The logo is stored in the database written anew (a GIF as a PNG; metadata and anything
 * appended dropped) and served back with its type; a new logo replaces the old one.</li>
 * <li>B4 Brands and alliances are reference data: every signed-in role reads them. COMMITTEE_STAFF and ADMIN write
 * any brand; a BRANCH_SECRETARY writes only brands of the organization they are bound to (or one below it).
 * Alliances, their members and their dates are written by COMMITTEE_STAFF and ADMIN only. Every write is
 * audited.</li>
 * <li>B5 An activity may carry a brand; the brand must exist (an unknown brand id is refused with a message on
 * {@code brandId}, nothing recorded). Any organization's activity may carry any brand of the zone.</li>
 * <li>B6 A brand's record over a period (both days inclusive, the last not before the first, at most 10 years):
 * the activities under the brand whose first day lies in the period, per calendar month (months without an
 * activity shown as 0); the organizations that held them; the enterprises those organizations are formed in; the
 * attendance: present marks (one per member and day) and distinct members present. The activity count of a brand
 * (all time) is shown with it.</li>
 * <li>B7 An alliance has a name (1 to 100 characters, unique in the zone: a duplicate is a conflict), a leading
 * organization, and optionally a founding date (not in the future) and a description (up to 2000).</li>
 * <li>B8 An alliance member is either an enterprise or an organization (exactly one), with a joining date (not in
 * the future) and, once it leaves, a leaving date. Both dates belong to the membership (inclusive). Leaving before
 * joining, or in the future, is refused (400); leaving on the joining day is a one-day membership.</li>
 * <li>B9 The periods of one member in one alliance never overlap: joining again on or before the day it left (or
 * while it has not left) is a conflict (409) and nothing is written; joining again the day after is a new
 * period.</li>
 * <li>B10 A member is current on a date when it joined on or before it and has not left before it.</li>
 * <li>B11 A joint activity links an activity to an alliance, once. The activity must be held by the leading
 * organization or by an organization that is, on the activity's first day, a current member, below a current
 * member, or formed in a current member enterprise. Linking is done by COMMITTEE_STAFF and ADMIN, or by a caller
 * whose scope covers the activity's organization.</li>
 * <li>B12 In a brand's record a caller sees per-organization figures only for organizations in their scope (rule
 * S3); the activities and attendance of all other organizations are summed into one row without id or name. The
 * totals, months and the count of organizations reached cover the whole zone.</li>
 * </ol>
 */
package org.partyregistry.brand;
