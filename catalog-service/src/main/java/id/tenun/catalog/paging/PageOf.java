package id.tenun.catalog.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items, where it is (0-based) and how many there are in all; asked for with a
 * {@link id.tenun.support.paging.PageRequest} of at most {@link #MAX_SIZE} items.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
