/**
 * Party dues: the calculator, the year's fixed amounts, payments and arrears.
 *
 * <p>Rules enforced here (tests cite the numbers):
 * <ol>
 * <li>D1 Monthly dues are one rate on the whole monthly income, not tax-style slices. In service (after-tax
 * regular pay; annual-salary and self-employed members on their monthly figure): up to 3000 yuan 0.5%, up to 5000
 * 1%, up to 10000 1.5%, above 10000 2%. Retired: up to 5000 0.5%, above 1%. Each limit belongs to the lower
 * bracket: 3000 pays 0.5%, 3000.01 pays 1%.</li>
 * <li>D2 Students, unemployed members and members on relief pay 0.20 yuan a month, whatever their income.</li>
 * <li>D3 Money is {@code BigDecimal}, never floating point: yuan with two decimals, the product rounded half up
 * (5100 gives 76.50, 4900 gives 49.00). An amount that is missing, negative or finer than a fen is refused.</li>
 * <li>D4 Each year the secretary enters a member's category and income; the system proposes the monthly amount of
 * D1-D3; once confirmed it is fixed for the whole year and is not confirmed again.</li>
 * <li>D5 Paying more than the standard amount is always allowed. A change during the year applies from a month of
 * that year to December and needs a reason. A reduction (less than the amount in force, or less than the
 * standard amount for the category and income: a hardship reduction) needs a reason and the committee's
 * approval, at confirmation as during the year.</li>
 * <li>D6 A payment covers one or more months, each once, of years whose amounts are fixed; its amount is exactly
 * the sum of the monthly amounts in force in the months it covers. A month already paid is refused.</li>
 * <li>D7 The months paid lie between 6 months before the month of the payment date (included) and that month
 * (included): no month after it, none 7 or more months back. Nothing is owed before the month of admission as a
 * probationary member. The payment date is not in the future (China Standard Time).</li>
 * <li>D8 Arrears as of a date (China Standard Time): the months in a row left unpaid up to the last complete month
 * (the current month is not late yet), from the month of admission on, but not before January of the first
 * year whose amount is fixed for the member: the register holds no dues before it (they were kept on paper before
 * the branch began keeping them here). A member with no year fixed at all counts from admission. 3 to 5 months:
 * REMINDER; 6 or more: ALERT.</li>
 * <li>D9 The calculator is a pure calculation that any signed-in role may use.</li>
 * <li>D10 Dues are written by a branch secretary for members of their organization and those below it, by
 * committee staff and administrators for every member. A reduction is approved by the committee staff member (or
 * administrator) who makes it: a secretary cannot make one.</li>
 * <li>D11 A member owes dues from the month of admission as a probationary member (for a member recorded with only
 * a full-membership date, common for old members, from that date: they are assessed, paid, counted and listed in
 * arrears like any other); only probationary and full members owe, and only years from 2000 to next year are
 * entered. No year is fixed (confirmed, changed or proposed) for a removed or deceased member. Confirming a year writes the months owed in it
 * with the amount in force in each, from which reports sum expected and collected amounts in the database.</li>
 * <li>D12 A change during the year starts from a month not yet paid: what was paid stays paid at the amount then
 * in force.</li>
 * <li>D13 The dues report and statement count each month where the member was on its first day: in the sender of
 * the first transfer received after that day, else in the member's organization. The month of death, removal or
 * the transfer out of the zone is the last one expected.</li>
 * <li>D14 The arrears of D8 are read from a dues standing per member who owes (the first month on record, the two
 * latest months paid), kept current in the transaction of every payment, confirmed year and change of a member, and
 * rebuilt from the facts by one statement (the migration, the benchmark's generator, an administrator's command that
 * first counts the rows differing); paying the current month with earlier months open leaves the member behind. The
 * list is whole (longest first, then by name) or in pages by key (longest first, then by member id).</li>
 * </ol>
 */
package org.partyregistry.dues;
