package org.partyregistry.organization.control;

import java.io.Serializable;

/** Rule O8: how many open terms in a scope expire within some days, and how many of them are overdue already. */
public record DueCount(long due, long overdue) implements Serializable {
}
