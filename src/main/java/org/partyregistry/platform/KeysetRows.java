package org.partyregistry.platform;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * A lazily read table over a list read by key ({@link KeysetPages}): the table's pages are read by key, and the view
 * keeps only where they start. Subclasses give the count and the row's id.
 *
 * @param <T> a row
 * @param <K> the key a read starts after
 */
public abstract class KeysetRows<T, K extends Serializable> extends IdRows<T> {

    private static final long serialVersionUID = 1L;

    private final KeysetPages<T, K> pages;

    protected KeysetRows(KeysetPages.Reader<T, K> reader, KeysetPages.Key<T, K> key, int step) {
        this.pages = new KeysetPages<>(reader, key, step);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return pages.page(first, pageSize);
    }

    /** The list will be read again from its beginning (another period, other criteria). */
    public void forget() {
        pages.forget();
    }
}
