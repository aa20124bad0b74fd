package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    private final List<Integer> rows = IntStream.range(0, 2500).boxed().toList();
    private final List<Integer> asked = new ArrayList<>();

    private List<Integer> read(int first, int max) {
        asked.add(max);
        return rows.subList(Math.min(first, rows.size()), Math.min(first + max, rows.size()));
    }

    @Test
    void aPageWithinTheBoundsPasses() {
        Paging.check(0, 1);
        Paging.check(5000, Paging.MAX_ROWS);
    }

    @Test
    void aPageBeforeTheFirstRowIsRefusedOnFirst() {
        assertThatThrownBy(() -> Paging.check(-1, 50)).isInstanceOfSatisfying(BusinessException.class, e -> {
            assertThat(e.field()).isEqualTo("first");
            assertThat(e.key()).isEqualTo("page.range");
            assertThat(e.args()).containsExactly(String.valueOf(Paging.MAX_ROWS));
        });
    }

    @Test
    void anEmptyOrTooLongPageIsRefusedOnMax() {
        for (int max : new int[] {0, -3, Paging.MAX_ROWS + 1}) {
            assertThatThrownBy(() -> Paging.check(0, max)).as("max %d", max)
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.field()).isEqualTo("max"));
        }
    }

    @Test
    void aLongStretchIsReadInPagesOfTheMost() {
        assertThat(Paging.read(10, 2400, this::read)).isEqualTo(rows.subList(10, 2410));
        assertThat(asked).containsExactly(Paging.MAX_ROWS, Paging.MAX_ROWS, 400);
    }

    @Test
    void theEndStopsTheReading() {
        assertThat(Paging.read(2000, 2000, this::read)).isEqualTo(rows.subList(2000, 2500));
        assertThat(asked).containsExactly(Paging.MAX_ROWS);
        asked.clear();
        assertThat(Paging.read(50, 20, this::read)).isEqualTo(rows.subList(50, 70));
        assertThat(asked).containsExactly(20);
    }

    @Test
    void aStretchBeforeTheFirstRowIsRefused() {
        assertThatThrownBy(() -> Paging.read(-1, 10, this::read)).isInstanceOf(BusinessException.class);
        assertThat(asked).isEmpty();
    }
}
