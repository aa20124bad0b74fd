package org.partyregistry.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of a list read by position ({@code first} row, at most {@code max} rows): the bounds a page read by a
 * service keeps, and the reading of a longer stretch (an export asks a lazy table for all its rows at once) in
 * pages of at most {@link #MAX_ROWS}.
 */
public final class Paging {

    /** The most rows one page read returns. */
    public static final int MAX_ROWS = 1000;

    /** Reads up to {@code max} rows from position {@code first}, in the list's order. */
    @FunctionalInterface
    public interface Reader<T> {
        List<T> read(int first, int max);
    }

    private Paging() {
    }

    /** Refuses a page that starts before the first row, or is not 1 to {@link #MAX_ROWS} rows long. */
    public static void check(int first, int max) {
        if (first < 0) {
            throw BusinessException.onField("first", "page.range", String.valueOf(MAX_ROWS));
        }
        if (max < 1 || max > MAX_ROWS) {
            throw BusinessException.onField("max", "page.range", String.valueOf(MAX_ROWS));
        }
    }

    /** The {@code size} rows from position {@code first}, at most {@link #MAX_ROWS} a read; fewer at the end. */
    public static <T> List<T> read(int first, int size, Reader<T> reader) {
        check(first, Math.min(size, MAX_ROWS));
        List<T> rows = new ArrayList<>();
        while (rows.size() < size) {
            int wanted = Math.min(MAX_ROWS, size - rows.size());
            List<T> read = reader.read(first + rows.size(), wanted);
            rows.addAll(read);
            if (read.size() < wanted) {
                break;
            }
        }
        return rows;
    }
}
