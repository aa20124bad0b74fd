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
 * size is the number of seats of the organization's term in office on the meeting's date, and only the term's
 * recorded seat holders present count (rule M18; others may attend). When the term's seat holders were never
 * recorded, the meeting is kept but invalid with the reason "committee not recorded". Without a term with seats on
 * that date the meeting is invalid: there is no committee.</li>
 * <li>ACT6 Every other type is valid when held. An invalid meeting is kept and marked with the reason.</li>
 * <li>ACT7 Required frequencies are kept per organization type and activity type (monthly, quarterly, yearly or
 * none), seeded with the defaults of the domain brief and editable by staff. Over a period, a monthly requirement
 * counts the whole calendar months inside it, a quarterly one the whole calendar quarters, a yearly one the whole
 * calendar years; a partial month, quarter or year requires nothing.</li>
 * <li>ACT8 Compliance per organization and period: for each type, required (rules ACT7, ACT16, ACT18), held
 * (activities of that type whose first day lies in the whole periods counted; in the period and the organization's
 * life when nothing is required), valid (those of them that are valid) and missing = max(0, required - valid).</li>
 * <li>ACT9 Scope: a secretary records and reads activities of their organization and those below it only.</li>
 * <li>ACT10 Falling behind: over a period, the organizations in the caller's scope that existed during it, are not
 * dissolved, and miss at least one required activity (rule ACT8), listed in tree order (never ranked).</li>
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
 * meetings in its GROUP_MEETING row: required = the sum of what each group directly below it that existed during the
 * period is required (rules ACT7, ACT16; a branch without groups owes none); held = the organization's own group meetings plus every group's;
 * valid = each group's valid meetings up to that group's own requirement (one group's extra meetings do not make up
 * for another's missing ones; the organization's own group meetings count only up to its own requirement, none by
 * default), so missing = max(0, required - valid) is what the groups still owe. The report lists each group's own
 * figures under {@code groups}. The falling-behind view (rule ACT10) applies the same rows, so a branch whose groups
 * owe meetings falls behind, and so does each group that owes them.</li>
 * <li>ACT16 Periods a person would count: a month, quarter or year is required only when it lies whole inside the
 * requested period and inside the organization's life (founded on or before its first day, not dissolved before its
 * last day) and has ended before today (China Standard Time). The period holding today, when it overlaps the
 * request, is not missing: it is reported as in progress with what is held and valid in it so far. A report's
 * {@code periodFrom} / {@code periodTo} are the first day of the first and the last day of the last whole period
 * counted for any row. A requested period needs both days, {@code from} not after {@code to}, and at most 10 years
 * (400 naming the field).</li>
 * <li>ACT17 Activity types fit organizations: a party group holds only group meetings, study sessions and other
 * activities, and a group meeting is held only by a party group. A branch records a group meeting naming one of its
 * groups ({@code groupId}): the meeting is that group's. A group meeting from a branch without a group named, from a
 * branch without groups, naming another branch's group, or a group named for another type is refused (400 naming
 * the field). A group's roll on a date is its branch's roll (rule ACT3) restricted to the members placed in the group
 * that day (rule M20); a group meeting with nobody present is refused.</li>
 * <li>ACT18 Committee meetings follow the committee: they are owed only for the whole months (ACT16) in which the
 * organization had a committee on the month's first day: a term in office with 3 or more seats and 7 or more full
 * members of the organization (and those below it) that day (full since their standing start, not removed, deceased
 * or gone out of the zone; counted by their current organization). For a quarterly or yearly requirement, every month
 * of the period.</li>
 * <li>ACT19 The compliance table: the chosen organization (by default the caller's own; for staff the zone's top one,
 * or the whole tree when it has several) and every organization below it that existed during the period (dissolved ones
 * included), in tree order, against every activity type some organization type is required to hold: each cell the
 * organization's own report row (ACT8, a branch's group meetings its groups' sum, ACT15), each row's required, valid
 * (capped per type at what is required) and missing, and its rate = valid ÷ required with 4 decimals (none when nothing
 * is required); a total of the whole subtree with how many organizations it holds and how many are behind. Computed
 * from a few statements whatever the number of organizations; staff see any organization, a secretary only their own
 * subtree; the same as a workbook.</li>
 * <li>ACT20 The activities held and valid per organization, type, month and year are kept in a tally, changed in the
 * same transaction as every write that adds an activity, rebuildable from the activities at any time (administrators:
 * a check against a rebuild and the rebuild itself, audited). The compliance table (ACT19) and the organizations
 * falling behind (ACT10) read their activities from it and give exactly the figures rules ACT8, ACT15, ACT16 and
 * ACT18 give from the activities: a year row stands for a year only where the organization existed all of it and,
 * for committee meetings, had a committee on the first day of every month or of none; otherwise the month rows are
 * read, and the days of months cut by the period's ends come from the activities.</li>
 * <li>ACT21 Each organization's own report rows for a calendar period (a year, quarter or month) are kept, with what
 * they miss in all, so that the table (ACT19), falling behind (ACT10) and the home page's card read one row per
 * organization: for a closed period, and for the current one up to its last closed month (the periods ACT16 counts
 * are those of the closed months, whatever day of the month it is). A request for a whole closed calendar period, or
 * for the current one from its first day to today or later, reads them; any other period is computed as before.
 * Every write that can change an organization's figures marks it in the write's transaction: an activity its
 * organization (and a group's branch) with the day it was held, which puts only the figures of the periods counting
 * that day (their first day to their counted-through day) out of date, and none for a day of the month in progress
 * (except on its last day); a founding, retyping, redating, dissolution or term its organization and the
 * parent; a move or merge every organization above, before and after; a change of members (registered, imported, a
 * step, status or transfer) their organizations and every one above, old and new; a changed requirement all. A
 * report recomputes the organizations marked, or without figures for the period and month, by rules ACT8, ACT15,
 * ACT16 and ACT18, writes them back and removes the marks it read, so it gives exactly the figures computed from the
 * activities.
 * Administrators check the kept figures against the activities and clear them (audited); the next report of each
 * period fills them again. Every five minutes, once per cluster, the periods the pages open with (this year so far,
 * last year, the last whole quarter) are brought up to date for the whole register ahead of any report;
 * administrators can run that at once (audited).</li>
 * </ol>
 */
package org.partyregistry.activity;
