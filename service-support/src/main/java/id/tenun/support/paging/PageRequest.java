package id.tenun.support.paging;

import java.util.List;

import id.tenun.support.problems.Violations;

/**
 * A requested page of a list, checked the same way in every service: page 0 to {@link #MAX_PAGE}, size 1 to the
 * list's own maximum (at most {@link #MAX_SIZE}), so that the offset never overflows and a page far past the end
 * is either refused or empty, never the first page again. A wrong page or size is a 400 naming it.
 *
 * <pre>{@code
 * PageRequest request = PageRequest.of(page, size, 200);
 * query.skip(request.offset()).limit(request.size());
 * }</pre>
 */
public record PageRequest(int page, int size) {

    /** The last page anyone may ask for: far past any list Tenun keeps, small enough to never overflow. */
    public static final int MAX_PAGE = 100_000;
    /** The largest page size any list allows. */
    public static final int MAX_SIZE = 500;

    public PageRequest {
        check(page, size, MAX_SIZE);
    }

    /** The page, refused unless its size is 1 to {@code maxSize} of this list. */
    public static PageRequest of(int page, int size, int maxSize) {
        check(page, size, Math.min(maxSize, MAX_SIZE));
        return new PageRequest(page, size);
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) page * size;
    }

    /** This page of a list held in memory: empty past its end. */
    public <T> List<T> of(List<T> all) {
        int from = (int) Math.min(all.size(), offset());
        return all.subList(from, Math.min(all.size(), from + size));
    }

    private static void check(int page, int size, int maxSize) {
        Violations v = new Violations();
        v.check(page >= 0 && page <= MAX_PAGE, "page", "Halaman 0 sampai " + MAX_PAGE + " (sekarang " + page + ").",
                "The page must be 0 to " + MAX_PAGE + " (was " + page + ").");
        v.check(size >= 1 && size <= maxSize, "size", "Ukuran halaman 1 sampai " + maxSize + " (sekarang " + size
                + ").", "The page size must be 1 to " + maxSize + " (was " + size + ").");
        v.throwIfAny();
    }
}
