package org.partyregistry.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * A long list of ids (or keys) cut into the batches one statement takes: an {@code IN} list is kept well under the
 * databases' limits on bound values (PostgreSQL's 32,767), and a statement's plan stays the same from batch to batch.
 */
public final class Batches {

    /** What one statement is given at most, unless a caller has a reason for another size. */
    public static final int IDS_PER_STATEMENT = 500;

    private Batches() {
    }

    /** The items in order, {@code size} at a time (the last batch may be shorter); none for an empty list. */
    public static <T> List<List<T>> of(List<T> items, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size " + size);
        }
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            batches.add(items.subList(from, Math.min(items.size(), from + size)));
        }
        return batches;
    }

    /**
     * Ids written out as SQL {@code " IN (1, 2, ...)"}, one per batch of {@link #IDS_PER_STATEMENT} (numbers, so
     * nothing to escape; for statements whose plan should see the values).
     */
    public static List<String> inLists(java.util.Collection<Long> ids) {
        List<String> lists = new ArrayList<>();
        for (List<Long> batch : of(new ArrayList<>(ids))) {
            StringBuilder in = new StringBuilder(" IN (");
            for (int i = 0; i < batch.size(); i++) {
                in.append(i == 0 ? "" : ", ").append(batch.get(i));
            }
            lists.add(in.append(')').toString());
        }
        return lists;
    }

    /** The items in order, {@link #IDS_PER_STATEMENT} at a time. */
    public static <T> List<List<T>> of(List<T> items) {
        return of(items, IDS_PER_STATEMENT);
    }
}
