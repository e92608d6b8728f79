package id.tenun.support.problems;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects what is wrong with a command's input, then throws all of it at once as one {@link InvalidInput}:
 *
 * <pre>{@code
 * Violations v = new Violations();
 * String name = v.text(details.name(), "name", 120);
 * v.check(details.price() > 0, "price", "Harga harus lebih dari 0.", "The price must be above 0.");
 * v.throwIfAny();
 * }</pre>
 */
public final class Violations {

    /** The earliest date any input may name (a certificate's expiry, a report's start...). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    /** The latest date any input may name: far enough for any certificate, near enough for date arithmetic. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String field, String id, String en) {
        found.add(new Violation(field, id, en));
        return this;
    }

    public Violations check(boolean ok, String field, String id, String en) {
        if (!ok) {
            add(field, id, en);
        }
        return this;
    }

    /** Requires a non-blank text of at most {@code max} characters. */
    public String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            add(field, "Wajib diisi.", "Is required.");
            return value;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            add(field, "Paling banyak " + max + " karakter (sekarang " + trimmed.length() + ").",
                    "At most " + max + " characters (was " + trimmed.length() + ").");
        }
        return trimmed;
    }

    /** Allows null or blank (becomes null); otherwise at most {@code max} characters. */
    public String optionalText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return text(value, field, max);
    }

    /** Refuses a list (or set, or map's keys) of more than {@code max} items; true when it is within. */
    public boolean atMost(Collection<?> values, String field, int max) {
        boolean within = values == null || values.size() <= max;
        check(within, field, "Paling banyak " + max + " (sekarang " + (values == null ? 0 : values.size()) + ").",
                "At most " + max + " (was " + (values == null ? 0 : values.size()) + ").");
        return within;
    }

    /** Allows null; otherwise refuses a date outside {@link #EARLIEST_DATE} to {@link #LATEST_DATE}. */
    public LocalDate date(LocalDate value, String field) {
        check(value == null || !value.isBefore(EARLIEST_DATE) && !value.isAfter(LATEST_DATE), field,
                "Tanggal harus antara " + EARLIEST_DATE + " dan " + LATEST_DATE + ".",
                "The date must be between " + EARLIEST_DATE + " and " + LATEST_DATE + ".");
        return value;
    }

    /**
     * A period given as request parameters {@code from} and {@code to} (either may be left open): each date within
     * range, and {@code from} not after {@code to}.
     */
    public Violations period(LocalDate from, LocalDate to) {
        date(from, "from");
        date(to, "to");
        return check(from == null || to == null || !from.isAfter(to), "from", "Tidak boleh sesudah tanggal 'to'.",
                "Must not be after 'to'.");
    }

    public <T> T required(T value, String field) {
        if (value == null) {
            add(field, "Wajib diisi.", "Is required.");
        }
        return value;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> all() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}
