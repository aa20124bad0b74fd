package org.partyregistry.member.control;

import java.io.Serializable;

/** Rule M16: how many alerts of each kind a list of {@link MemberAlerts} holds. */
public record AlertCount(long probationsDue, long probationsOverdue, long lostContact) implements Serializable {

    /** For the result mapping {@code AlertCount} (META-INF/orm.xml): the counts as the SQL gives them. */
    public AlertCount(Long probationsDue, Long probationsOverdue, Long lostContact) {
        this(probationsDue.longValue(), probationsOverdue.longValue(), lostContact.longValue());
    }

    /** The alerts of every kind. */
    public long total() {
        return probationsDue + probationsOverdue + lostContact;
    }
}
