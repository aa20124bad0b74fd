package org.partyregistry.member.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partyregistry.testsupport.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.member.control.TimelineEntry;
import org.partyregistry.member.control.TransferView;
import org.partyregistry.organization.entity.Organization;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.testsupport.Ids;

/** Rule M21 (O13): a merge moves the member on the merge date and the member's history says so. */
class TransferByMergeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate MERGED_ON = LocalDate.of(2026, 9, 30);

    Organization source;
    Organization target;

    @BeforeEach
    void setUp() {
        Organization zone = Ids.withId(new Organization("示例工委", OrganizationType.WORKING_COMMITTEE, null,
                LocalDate.of(2000, 1, 1), TODAY), 1);
        zone.anchor();
        source = Ids.withId(new Organization("甲支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1),
                TODAY), 2);
        source.anchor();
        target = Ids.withId(new Organization("乙支部", OrganizationType.BRANCH, zone, LocalDate.of(2000, 1, 1),
                TODAY), 3);
        target.anchor();
    }

    private Member member(MemberStatus status, LocalDate since) {
        return new Member(new Member.Person("示例党员乙", null, null, null, null, null),
                IdNumber.parse("37070019900101001X", TODAY), "c", "h", source, null,
                new Steps(null, null, null, LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)), List.of(), status,
                since, TODAY);
    }

    @Test
    @DisplayName("M21 the member moves to the target on the merge date, as a transfer received that day")
    void moves() {
        Member member = member(null, null);
        Transfer moved = Transfer.byMerge(member, target, MERGED_ON);
        assertThat(member.getOrganization()).isEqualTo(target);
        assertThat(moved.getFrom()).isEqualTo(source);
        assertThat(moved.getTo()).isEqualTo(target);
        assertThat(moved.getSentOn()).isEqualTo(MERGED_ON);
        assertThat(moved.getDecidedOn()).isEqualTo(MERGED_ON);
        assertThat(moved.getStatus()).isEqualTo(TransferStatus.RECEIVED);
        assertThat(moved.isByMerge()).isTrue();
    }

    @Test
    @DisplayName("M21 a suspended member moves as well; a deceased one stays where they were")
    void suspendedMovesDeceasedStays() {
        Member suspended = member(MemberStatus.SUSPENDED, LocalDate.of(2026, 1, 1));
        Transfer.byMerge(suspended, target, MERGED_ON);
        assertThat(suspended.getOrganization()).isEqualTo(target);
        Member deceased = member(MemberStatus.DECEASED, LocalDate.of(2026, 1, 1));
        assertRefused(() -> Transfer.byMerge(deceased, target, MERGED_ON), "member.wrongStatus", null);
        assertThat(deceased.getOrganization()).isEqualTo(source);
    }

    @Test
    @DisplayName("M21 the timeline shows one 'moved with a merge' line on the merge date, not a sent transfer")
    void timeline() {
        Member member = member(null, null);
        Transfer moved = Transfer.byMerge(member, target, MERGED_ON);
        TransferView view = TransferView.of(moved, TODAY);
        assertThat(view.byMerge()).isTrue();
        List<TimelineEntry> entries = TimelineEntry.of(org.partyregistry.member.control.MemberView.of(member,
                "370700******001X", false, TODAY), List.of(view));
        assertThat(entries).filteredOn(e -> e.kind() == TimelineEntry.Kind.MOVED_BY_MERGE)
                .containsExactly(new TimelineEntry(MERGED_ON, TimelineEntry.Kind.MOVED_BY_MERGE, "甲支部 → 乙支部"));
        assertThat(entries).extracting(TimelineEntry::kind)
                .doesNotContain(TimelineEntry.Kind.TRANSFER_SENT, TimelineEntry.Kind.TRANSFER_RECEIVED);
    }
}
