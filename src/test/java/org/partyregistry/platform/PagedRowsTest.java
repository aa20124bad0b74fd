package org.partyregistry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagedRowsTest {

    record Row(long id, String name) implements Serializable {
    }

    /** A backing bean as the view keeps it: its tables ask it for the count and the pages. */
    static final class Holder implements Serializable {

        private static final long serialVersionUID = 1L;

        transient List<Row> list = IntStream.range(0, 2300).mapToObj(i -> new Row(i + 7L, "r" + i)).toList();
        transient List<Integer> asked = new ArrayList<>();

        final PagedRows<Row> rows = new PagedRows<>(() -> list.size(), (first, max) -> {
            asked.add(max);
            return list.subList(Math.min(first, list.size()), Math.min(first + max, list.size()));
        }, Row::id);
    }

    private final Holder holder = new Holder();

    @Test
    void countsAndReadsThePageShown() {
        assertThat(holder.rows.count(Map.of())).isEqualTo(2300);
        List<Row> page = holder.rows.load(50, 50, Map.of(), Map.of());
        assertThat(page).isEqualTo(holder.list.subList(50, 100));
        assertThat(holder.asked).containsExactly(50);
        assertThat(holder.rows.getRowKey(page.get(0))).isEqualTo("57");
    }

    @Test
    void anExportOfEveryRowIsReadInPages() {
        assertThat(holder.rows.load(0, 2300, Map.of(), Map.of())).isEqualTo(holder.list);
        assertThat(holder.asked).containsExactly(Paging.MAX_ROWS, Paging.MAX_ROWS, 300);
    }

    @Test
    void theViewKeepsTheTableWithoutItsRows() throws IOException, ClassNotFoundException {
        holder.rows.load(0, 50, Map.of(), Map.of());
        holder.rows.setWrappedData(null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(holder);
        }
        assertThat(bytes.size()).as("no rows kept").isLessThan(4000);
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Holder read = (Holder) in.readObject();
            read.list = holder.list;
            read.asked = new ArrayList<>();
            assertThat(read.rows.load(2250, 100, Map.of(), Map.of())).isEqualTo(holder.list.subList(2250, 2300));
        }
    }
}
