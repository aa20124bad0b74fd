/**
 * Activities: the "three meetings and one lesson", themed party days, study sessions, attendance and compliance.
 *
 * <p>Rules enforced here (tests cite the numbers; the audit package already uses A1-A3, hence ACT):
 * <ol>
 * <li>ACT1 An activity has an organization that exists on its date, a type, a title (1 to 100 characters), a date
 * {@code heldOn} that is not in the future (China Standard Time) nor before 1921-07-01 and, for several days, an end date
 * {@code endsOn} that is neither before {@code heldOn} nor in the future. Location, topic and host are optional
 * short texts; the brand is optional and, when given, must exist (rule B5 of the brand package).</li>
 * <li>ACT2 Minutes are rich text kept only after sanitizing against an allow-list (basic formatting, lists,
 * links): scripts, event handlers, styles and {@code javascript:} links are stripped, never stored.</li>
 * <li>ACT3 Attendance is recorded per member as PRESENT, EXCUSED or ABSENT, once per member: a member listed
 * twice (present and absent, say) is refused. Only members of the organization (or an organization below it) on
 * the activity's date may be listed: a member belongs to an organization on a date when admitted
 * ({@code probationaryOn}) on or before it, not yet removed, deceased or gone out of the zone, and in that
 * organization by the received transfers (a transfer moves the member on the day it is received).</li>
 * <li>ACT4 A branch general meeting is valid when more than half of the voting members are present. The voting
 * members are the full members of the organization (and those below it) on the meeting's date, not suspended on
 * that date; probationary members attend but do not count. Exactly half is not enough; no voting member at all
 * makes the meeting invalid.</li>
 * <li>ACT5 A branch committee meeting is valid when more than half of the committee is present. The committee's
 * size is the number of seats of the organization's term in office on the meeting's date. When the term's seat
 * holders are recorded (rule M18), only the seat holders present count (others may attend); before they are
 * recorded, every member recorded present counts. Without a term with seats on that date the meeting is invalid:
 * there is no committee.</li>
 * <li>ACT6 Every other type is valid when held. An invalid meeting is kept and marked with the reason.</li>
 * <li>ACT7 Required frequencies are kept per organization type and activity type (monthly, quarterly, yearly or
 * none), seeded with the defaults of the domain brief and editable by staff. Over a period, a monthly requirement
 * counts the whole calendar months inside it, a quarterly one the whole calendar quarters, a yearly one the whole
 * calendar years; a partial month, quarter or year requires nothing.</li>
 * <li>ACT8 Compliance per organization and period: for each type, required, held (activities of that type whose
 * first day lies in the period), valid (those of them that are valid) and missing = max(0, required - valid).
 * Committee meetings are required only of an organization with a term in office that has seats (a branch with
 * fewer than 7 full members elects no committee).</li>
 * <li>ACT9 Scope: a secretary records and reads activities of their organization and those below it only.</li>
 * <li>ACT10 Falling behind: over a period, the active organizations in the caller's scope, founded by its first day,
 * of a type with requirements, that miss at least one required activity (rule ACT8), listed in tree order (never
 * ranked).</li>
 * <li>ACT11 Idle members: active members admitted at least 6 months ago who were not present at any activity in the
 * last 6 months (China Standard Time).</li>
 * <li>ACT12 A study session (读书班) runs over its calendar days {@code heldOn..endsOn} (one day without
 * {@code endsOn}; at most 92 days) and records attendance per member per day: a day outside the session's dates or
 * in the future is refused, a member is listed once per day and must be on that day's roll (rule ACT3), and recording
 * a day again replaces that day. Only study sessions record attendance per day.</li>
 * <li>ACT13 A study session's attendance rate per member = days present / days of the session. An excused day is
 * an absence with leave: it does not count as present (it is shown apart), nor does a day the member was not recorded
 * on. A member completes the session (结业) when present on at least 80% of its days (exactly 80% completes: 4 of 5
 * days do, 3 of 4 do not). The completion list holds the members who complete, by name.</li>
 * <li>ACT14 Photos are optional, never required. Each is a JPEG or PNG recognized by its content (its first
 * bytes, whatever type was declared) that decodes whole, at most 5 MiB, at most 9 per activity; it is stored in the
 * database with the activity, written anew (EXIF orientation applied; metadata such as the GPS position and anything
 * appended after the image dropped), and served back with the type its content has. A damaged image, a WebP (which
 * the JDK cannot decode, so cannot be checked) and anything else is refused and nothing is stored. Only who may
 * record the activity (rule ACT9) adds or removes its photos.</li>
 * <li>ACT15 Group meetings are required of each party group. An organization's compliance report counts its groups'
 * meetings in its GROUP_MEETING row: required = the sum of what each active group directly below it (founded by the
 * first day of the period) is required (rule ACT7); held = the organization's own group meetings plus every group's;
 * valid = each group's valid meetings up to that group's own requirement (one group's extra meetings do not make up
 * for another's missing ones; the organization's own group meetings count only up to its own requirement, none by
 * default), so missing = max(0, required - valid) is what the groups still owe. The report lists each group's own
 * figures under {@code groups}. The falling-behind view (rule ACT10) applies the same rows, so a branch whose groups
 * owe meetings falls behind, and so does each group that owes them.</li>
 * </ol>
 */
package org.partyregistry.activity;
