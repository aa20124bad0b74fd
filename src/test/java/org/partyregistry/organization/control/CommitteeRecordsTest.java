package org.partyregistry.organization.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.partyregistry.organization.entity.OrganizationType;
import org.partyregistry.organization.entity.TermStatus;

class CommitteeRecordsTest {

    static final LocalDate ELECTED = LocalDate.of(2024, 3, 1);

    /** The seat holders as the member feature would answer them: recorded for {@code recorded}; asks are kept. */
    static final class Holders implements CommitteeRecords {
        final Set<Long> recorded;
        final List<Collection<Long>> asked = new ArrayList<>();

        Holders(Long... recorded) {
            this.recorded = Set.of(recorded);
        }

        @Override
        public Set<Long> recorded(Collection<Long> termIds) {
            asked.add(List.copyOf(termIds));
            return recorded;
        }
    }

    static TermView term(long id, Integer seats, LocalDate endedOn) {
        return new TermView(id, 1L, "示例党支部", OrganizationType.BRANCH, (int) id, ELECTED, 3,
                ELECTED.plusYears(3), endedOn, seats, null, null,
                endedOn == null ? TermStatus.CURRENT : TermStatus.ENDED, 400, 0, ELECTED.plusYears(3), List.of());
    }

    @Test
    @DisplayName("O16 a term in office with 3 seats and no holders recorded is named; with 2 seats or none it is not")
    void fromThreeSeats() {
        Holders holders = new Holders();
        assertThat(holders.notRecorded(List.of(term(1, 3, null), term(2, 2, null), term(3, null, null))))
                .containsExactly(1L);
        assertThat(holders.asked).containsExactly(List.of(1L));
    }

    @Test
    @DisplayName("O16 a term whose holders are recorded, or that has ended, is not named")
    void recordedOrEnded() {
        Holders holders = new Holders(4L);
        assertThat(holders.notRecorded(List.of(term(4, 5, null), term(5, 7, ELECTED.plusYears(1))))).isEmpty();
        assertThat(holders.asked).containsExactly(List.of(4L));
    }

    @Test
    @DisplayName("O16 without a committee in office the holders are not looked up at all")
    void nothingToAsk() {
        Holders holders = new Holders();
        assertThat(holders.notRecorded(List.of(term(6, 2, null), term(7, 5, ELECTED.plusYears(1))))).isEmpty();
        assertThat(holders.asked).isEmpty();
    }
}
