package org.kaocheng.platform.persistence;

import java.util.Map;

/**
 * One page of a list as the user asked for it: offset, size, sort and filters. Filter values
 * are keyed by field name; which fields may be sorted or filtered is decided by the query.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, Map<String, Object> filters) {

    public static final int MAX_PAGE_SIZE = 500;

    public PageRequest {
        if (first < 0) {
            first = 0;
        }
        if (size <= 0 || size > MAX_PAGE_SIZE) {
            size = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, Map.of());
    }

    /** This request, or, when the user chose no sort, the same sorted by the list's default order. */
    public PageRequest sortedByDefault(String field, boolean ascendingByDefault) {
        return sortField != null ? this : new PageRequest(first, size, field, ascendingByDefault, filters);
    }

    public String filterText(String field) {
        Object value = filters.get(field);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }
}
