package id.tenun.console.paging;

import java.util.List;

/**
 * One page of a list the console's API answers with: its items, where it is (0-based), its size and how many there
 * are in all; asked for with a {@link id.tenun.support.paging.PageRequest} of at most {@link #MAX_SIZE} items.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;
}
