/**
 * Read-only reports: aggregate queries returned as records, with an "as of" date, the records behind every number,
 * and Excel workbooks in a tidy layout (title row, date, base, units, totals).
 *
 * <ol>
 * <li>R1 The coverage report counts operating enterprises per park and in total by coverage state (rule E3) and
 * gives the three rates of rule E6. Every count can be listed: the list behind a number uses the same SQL
 * expression, so it has exactly that many rows.</li>
 * <li>R2 An as-of date that is not a date is refused (400); the default is today in China.</li>
 * </ol>
 */
package org.partyregistry.report;
