package id.tenun.sandbox.core;

import java.util.List;
import java.util.Optional;

/** Offset paging of the search endpoints, with the channel left to answer a bad value in its own envelope. */
public final class Paging {

    private Paging() {
    }

    /** A whole number within {@code [min, max]}, or empty if {@code text} is not one. */
    public static Optional<Integer> number(String text, int min, int max) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value < min || value > max ? Optional.empty() : Optional.of(value);
    }

    /** The page of {@code size} items from {@code offset}. */
    public static <T> List<T> page(List<T> all, int offset, int size) {
        return offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + size));
    }
}
