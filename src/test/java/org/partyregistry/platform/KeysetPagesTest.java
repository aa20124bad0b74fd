package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetPagesTest {

    /** A list read by key as the database reads it: the rows after a key, in order, up to a limit; reads counted. */
    static final class Numbers {
        final List<Integer> rows = new ArrayList<>(IntStream.range(0, 1000).map(i -> i * 2).boxed().toList());
        final List<Integer> limits = new ArrayList<>();

        List<Integer> read(int limit, Integer after) {
            limits.add(limit);
            return rows.stream().filter(r -> after == null || r > after).limit(limit).toList();
        }
    }

    private final Numbers numbers = new Numbers();
    private final KeysetPages<Integer, Integer> pages = new KeysetPages<>(numbers::read, row -> row, 100);

    @Test
    void pagesInTurnEachReadOnce() {
        for (int first = 0; first < 1000; first += 50) {
            assertThat(pages.page(first, 50)).isEqualTo(numbers.rows.subList(first, first + 50));
        }
        assertThat(numbers.limits).hasSize(20).containsOnly(50);
        assertThat(pages.page(1000, 50)).isEmpty();
    }

    @Test
    void aPageFurtherOnIsReachedInStepsAndRemembered() {
        assertThat(pages.page(450, 25)).isEqualTo(numbers.rows.subList(450, 475));
        assertThat(numbers.limits).containsExactly(100, 100, 100, 100, 50, 25);
        numbers.limits.clear();
        assertThat(pages.page(300, 25)).isEqualTo(numbers.rows.subList(300, 325));
        assertThat(pages.page(475, 25)).isEqualTo(numbers.rows.subList(475, 500));
        assertThat(numbers.limits).as("known starts: one read each").containsExactly(25, 25);
    }

    @Test
    void aPageLongerThanAStepIsReadInSteps() {
        assertThat(pages.page(0, 250)).isEqualTo(numbers.rows.subList(0, 250));
        assertThat(numbers.limits).containsExactly(100, 100, 50);
        assertThat(pages.page(900, 250)).isEqualTo(numbers.rows.subList(900, 1000));
    }

    @Test
    void theLastPageIsShortAndPastTheEndIsEmpty() {
        assertThat(pages.page(990, 25)).isEqualTo(numbers.rows.subList(990, 1000));
        assertThat(pages.page(2000, 25)).isEmpty();
        assertThat(new KeysetPages<Integer, Integer>(numbers::read, row -> row, 100).page(1500, 10)).isEmpty();
    }

    @Test
    void rowsGoneBetweenPagesAreNeitherRepeatedNorSkipped() {
        List<Integer> first = pages.page(0, 10);
        numbers.rows.remove(Integer.valueOf(4));
        numbers.rows.remove(Integer.valueOf(40));
        assertThat(pages.page(10, 10)).as("starts after the last row shown").startsWith(20)
                .doesNotContain(40).doesNotContainAnyElementsOf(first);
        pages.forget();
        assertThat(pages.page(0, 3)).containsExactly(0, 2, 6);
    }

    @Test
    void badPagesRefused() {
        assertThatThrownBy(() -> pages.page(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> pages.page(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
