package org.partyregistry.member.control;

import java.util.List;

/** One page of a roster query and the total it was cut from. */
public record MemberPage(List<MemberView> items, long total, int page, int size) {
}
