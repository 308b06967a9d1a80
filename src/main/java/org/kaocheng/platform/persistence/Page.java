package org.kaocheng.platform.persistence;

import java.util.List;

/** One page of rows and the number of rows of the whole list. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
