package org.partyregistry.activity.entity;

import java.time.LocalDate;

/** A received transfer as {@link Roll} needs it (a typed row): whose, the day it was received, and from where. */
public record RollMove(long memberId, LocalDate receivedOn, String fromPath) {
}
