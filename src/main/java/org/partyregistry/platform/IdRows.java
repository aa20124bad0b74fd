package org.partyregistry.platform;

import jakarta.faces.context.FacesContext;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * A lazily read table whose rows are told apart by their id: the row key is the id, and a row is found again among
 * those of the page shown. Subclasses read the count and the pages.
 */
public abstract class IdRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The row's id, which keys it in the table. */
    protected abstract Object idOf(T row);

    @Override
    public String getRowKey(T row) {
        return String.valueOf(idOf(row));
    }

    @Override
    public T getRowData(String key) {
        List<T> shown = getWrappedData();
        if (shown == null) {
            return null;
        }
        for (T row : shown) {
            if (getRowKey(row).equals(key)) {
                return row;
            }
        }
        return null;
    }

    /** The tables (by client id) start again at their first page when they are updated next (the list changed). */
    public static void firstPage(String... tables) {
        for (String table : tables) {
            if (FacesContext.getCurrentInstance().getViewRoot().findComponent(table) instanceof DataTable shown) {
                shown.setFirst(0);
            }
        }
    }
}
