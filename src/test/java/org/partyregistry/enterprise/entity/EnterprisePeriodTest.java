package org.partyregistry.enterprise.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EnterprisePeriodTest {

    static final LocalDate START = LocalDate.of(2020, 1, 1);
    static final LocalDate CHANGE = LocalDate.of(2023, 6, 1);

    @Test
    @DisplayName("E8 a period holds from its first day to the day before its end")
    void holdsFromStartToTheDayBeforeTheEnd() {
        EnterprisePeriod period = new EnterprisePeriod(1L, START, CHANGE);
        assertThat(period.holdsOn(START.minusDays(1))).isFalse();
        assertThat(period.holdsOn(START)).isTrue();
        assertThat(period.holdsOn(CHANGE.minusDays(1))).isTrue();
        assertThat(period.holdsOn(CHANGE)).isFalse();
        assertThat(new EnterprisePeriod(1L, START, null).holdsOn(LocalDate.of(2999, 1, 1))).isTrue();
    }

    @Test
    @DisplayName("E8 a change closes the periods left and opens the new ones on the day; the kept one goes on")
    void changeClosesAndOpens() {
        List<EnterprisePeriod> periods = new ArrayList<>(List.of(new EnterprisePeriod(1L, START, null),
                new EnterprisePeriod(2L, START, null)));
        EnterprisePeriod.changeTo(periods, List.of(2L, 3L), CHANGE);
        assertThat(EnterprisePeriod.on(periods, CHANGE.minusDays(1))).containsExactlyInAnyOrder(1L, 2L);
        assertThat(EnterprisePeriod.on(periods, CHANGE)).containsExactlyInAnyOrder(2L, 3L);
        assertThat(EnterprisePeriod.open(periods)).containsExactlyInAnyOrder(2L, 3L);
        assertThat(EnterprisePeriod.lastChange(periods)).isEqualTo(CHANGE);
        assertThat(periods).hasSize(3);
    }

    @Test
    @DisplayName("E8 a period ended on the day it started held on no day and is dropped")
    void sameDayChangeDropsTheEmptyPeriod() {
        List<EnterprisePeriod> periods = new ArrayList<>(List.of(new EnterprisePeriod(1L, START, null)));
        EnterprisePeriod.changeTo(periods, List.of(2L), CHANGE);
        EnterprisePeriod.changeTo(periods, List.of(3L), CHANGE);
        assertThat(periods).extracting(EnterprisePeriod::getEnterpriseId).containsExactly(1L, 3L);
        assertThat(EnterprisePeriod.on(periods, CHANGE)).containsExactly(3L);
        assertThat(EnterprisePeriod.lastChange(List.of())).isNull();
    }
}
