package org.partyregistry.platform;

/**
 * A summary kept in the writes' transactions (the activity tally, the coverage periods) against a rebuild from the
 * facts: the rows it holds, and how many differ from what the facts give (0 when current).
 */
public record SummaryCheck(long rows, long differences) {
}
