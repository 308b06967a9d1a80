package org.kaocheng.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kaocheng.platform.persistence.Page;
import org.kaocheng.platform.persistence.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy model over a service's paged query: sorting, filtering and paging happen
 * in SQL; only one page of rows is loaded. Rows are identified by their id.
 */
public class PagedDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The service call behind the list. */
    @FunctionalInterface
    public interface Loader<T> extends java.io.Serializable {
        Page<T> load(PageRequest request);
    }

    private final Loader<T> loader;
    private final SerializableFunction<T, Object> idOf;
    private final Map<String, Object> fixedFilters = new HashMap<>();
    private transient List<T> lastPage = List.of();

    /** A serialisable function, for view-scoped beans. */
    public interface SerializableFunction<A, B> extends Function<A, B>, java.io.Serializable {}

    public PagedDataModel(Loader<T> loader, SerializableFunction<T, Object> idOf) {
        this.loader = loader;
        this.idOf = idOf;
    }

    /** A filter that the page sets rather than a column (e.g. the chosen unit). */
    public void setFixedFilter(String name, Object value) {
        if (value == null) {
            fixedFilters.remove(name);
        } else {
            fixedFilters.put(name, value);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return 0; // the count comes with each page (load sets the row count)
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sortField = null;
        boolean ascending = true;
        for (SortMeta sort : sortBy.values()) {
            if (sort.getOrder() != SortOrder.UNSORTED) {
                sortField = sort.getField();
                ascending = sort.getOrder() == SortOrder.ASCENDING;
                break;
            }
        }
        Map<String, Object> filters = new HashMap<>(fixedFilters);
        for (FilterMeta filter : filterBy.values()) {
            if (filter.getFilterValue() != null) {
                filters.put(filter.getField(), filter.getFilterValue());
            }
        }
        Page<T> page = loader.load(new PageRequest(first, pageSize, sortField, ascending, filters));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        lastPage = page.rows();
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        Object id = idOf.apply(row);
        return id == null ? null : id.toString();
    }

    @Override
    public T getRowData(String rowKey) {
        for (T row : lastPage) {
            if (rowKey.equals(getRowKey(row))) {
                return row;
            }
        }
        return null;
    }
}
