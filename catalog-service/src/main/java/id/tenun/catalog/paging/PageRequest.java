package id.tenun.catalog.paging;

import id.tenun.support.problems.Violations;

/** A requested page, checked: page 0 or more, size 1 to {@link PageOf#MAX_SIZE}. */
public record PageRequest(int page, int size) {

    public PageRequest {
        Violations v = new Violations();
        v.check(page >= 0, "page", "Halaman mulai dari 0.", "Pages start at 0.");
        v.check(size >= 1 && size <= PageOf.MAX_SIZE, "size", "Ukuran halaman 1 sampai " + PageOf.MAX_SIZE + ".",
                "Page size must be 1 to " + PageOf.MAX_SIZE + ".");
        v.throwIfAny();
    }

    public long offset() {
        return (long) page * size;
    }
}
