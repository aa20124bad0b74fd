package org.partyregistry.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * A lazily read table over a list a service counts and reads by position: each request asks the service for the
 * count and the page shown (a longer stretch, such as an export's, in pages of {@link Paging#MAX_ROWS}); the view
 * keeps neither the list nor its count.
 *
 * @param <T> a row
 */
public final class PagedRows<T> extends IdRows<T> {

    private static final long serialVersionUID = 1L;

    /** The size of the list. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long count();
    }

    /** A page of the list. */
    @FunctionalInterface
    public interface Reader<T> extends Paging.Reader<T>, Serializable {
    }

    /** The id that keys a row. */
    @FunctionalInterface
    public interface Id<T> extends Serializable {
        Object of(T row);
    }

    private final Count count;
    private final Reader<T> reader;
    private final Id<T> id;

    public PagedRows(Count count, Reader<T> reader, Id<T> id) {
        this.count = count;
        this.reader = reader;
        this.id = id;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return Paging.read(first, pageSize, reader);
    }

    @Override
    protected Object idOf(T row) {
        return id.of(row);
    }
}
