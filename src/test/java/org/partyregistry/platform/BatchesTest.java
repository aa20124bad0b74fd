package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    @DisplayName("1,001 ids go in batches of 500, 500 and 1, in order; 500 in one; none in none")
    void batchesKeepOrderAndSize() {
        List<Long> ids = LongStream.rangeClosed(1, 1001).boxed().toList();
        List<List<Long>> batches = Batches.of(ids);
        assertThat(batches).extracting(List::size).containsExactly(500, 500, 1);
        assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(ids);
        assertThat(Batches.of(ids.subList(0, 500))).hasSize(1);
        assertThat(Batches.of(List.of())).isEmpty();
        assertThat(Batches.of(ids, 1000)).extracting(List::size).containsExactly(1000, 1);
        assertThatThrownBy(() -> Batches.of(ids, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("ids written out as IN lists, 500 to a list, in the order given; none for none")
    void inLists() {
        List<Long> ids = LongStream.rangeClosed(1, 501).boxed().toList();
        List<String> lists = Batches.inLists(ids);
        assertThat(lists).hasSize(2);
        assertThat(lists.get(0)).startsWith(" IN (1, 2, 3, ").endsWith(", 500)");
        assertThat(lists.get(1)).isEqualTo(" IN (501)");
        assertThat(Batches.inLists(new java.util.TreeSet<>(List.of(9L, 3L)))).containsExactly(" IN (3, 9)");
        assertThat(Batches.inLists(List.of())).isEmpty();
    }
}
