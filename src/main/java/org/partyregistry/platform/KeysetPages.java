package org.partyregistry.platform;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pages by position (what a paged table asks for) over a list read by key (keyset paging, which costs the same
 * wherever a page starts): remembers the key each page it has read ends on, so that the next page starts from it; a
 * page further on is reached by reading forward from the nearest start it knows; every read asks for at most
 * {@code step} rows (a long page, such as an export's, takes several).
 * When rows come or go between two pages, a page starts after the last row shown, never repeating or skipping one.
 *
 * @param <T> a row
 * @param <K> the key a read starts after
 */
public final class KeysetPages<T, K extends Serializable> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Reads up to {@code limit} rows after {@code after} (from the first when null), in the list's order. */
    @FunctionalInterface
    public interface Reader<T, K> extends Serializable {
        List<T> read(int limit, K after);
    }

    /** The key of a row, which the next read starts after. */
    @FunctionalInterface
    public interface Key<T, K> extends Serializable {
        K of(T row);
    }

    private final Reader<T, K> reader;
    private final Key<T, K> key;
    private final int step;
    private final TreeMap<Integer, K> starts = new TreeMap<>();

    public KeysetPages(Reader<T, K> reader, Key<T, K> key, int step) {
        if (step < 1) {
            throw new IllegalArgumentException("step " + step);
        }
        this.reader = reader;
        this.key = key;
        this.step = step;
        starts.put(0, null);
    }

    /** The {@code size} rows from position {@code first} (0 for the first row); fewer at the end, none past it. */
    public List<T> page(int first, int size) {
        if (first < 0 || size < 1) {
            throw new IllegalArgumentException("page " + first + "+" + size);
        }
        Map.Entry<Integer, K> known = starts.floorEntry(first);
        int at = known.getKey();
        K after = known.getValue();
        while (at < first) {
            int wanted = Math.min(step, first - at);
            List<T> skipped = reader.read(wanted, after);
            if (skipped.isEmpty()) {
                return List.of();
            }
            at += skipped.size();
            after = key.of(skipped.get(skipped.size() - 1));
            starts.put(at, after);
            if (skipped.size() < wanted) {
                return List.of();
            }
        }
        List<T> rows = new ArrayList<>();
        while (rows.size() < size) {
            int wanted = Math.min(step, size - rows.size());
            List<T> read = reader.read(wanted, after);
            rows.addAll(read);
            if (!read.isEmpty()) {
                after = key.of(read.get(read.size() - 1));
                starts.put(first + rows.size(), after);
            }
            if (read.size() < wanted) {
                break;
            }
        }
        return rows;
    }

    /** Forgets every start but the first's (the list is read again from its beginning). */
    public void forget() {
        starts.clear();
        starts.put(0, null);
    }
}
