package id.tenun.order.sales.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import id.tenun.support.problems.Violations;

/**
 * The WITA months a business record covers, {@code first} to {@code last}: the last {@code months} (1–36, 12 when
 * nothing is asked) up to this month, or any whole months {@code from} to {@code to} ({@code 2025-01}; {@code to}
 * this month when left out), at most {@link #MOST_MONTHS}, none still to come. Anything else is a 400 naming it.
 */
record RecordPeriod(YearMonth first, YearMonth last) {

    static final int MOST_MONTHS = 36;
    static final int DEFAULT_MONTHS = 12;

    static RecordPeriod of(Integer months, String from, String to, YearMonth thisMonth) {
        Violations violations = new Violations();
        violations.check(months == null || months >= 1 && months <= MOST_MONTHS, "months",
                "Harus antara 1 dan " + MOST_MONTHS + " (sekarang " + months + ").",
                "Must be between 1 and " + MOST_MONTHS + " (was " + months + ").");
        violations.check(months == null || from == null, "months", "Berikan 'months' atau 'from', bukan keduanya.",
                "Give 'months' or 'from', not both.");
        YearMonth last = month(to, "to", thisMonth, violations);
        violations.check(last == null || !last.isAfter(thisMonth), "to",
                "Bulan " + last + " belum tiba (bulan ini " + thisMonth + ").",
                "Month " + last + " has not come yet (this month is " + thisMonth + ").");
        int count = months == null || months < 1 || months > MOST_MONTHS ? DEFAULT_MONTHS : months;
        YearMonth first = month(from, "from", last == null ? null : last.minusMonths(count - 1L), violations);
        if (first != null && last != null) {
            long span = ChronoUnit.MONTHS.between(first, last) + 1;
            violations.check(span >= 1, "from", "Bulan awal " + first + " sesudah bulan akhir " + last + ".",
                    "The first month " + first + " is after the last month " + last + ".");
            violations.check(span <= MOST_MONTHS, "from",
                    "Paling banyak " + MOST_MONTHS + " bulan (" + first + " sampai " + last + " adalah " + span
                            + " bulan).",
                    "At most " + MOST_MONTHS + " months (" + first + " to " + last + " is " + span + " months).");
        }
        violations.throwIfAny();
        return new RecordPeriod(first, last);
    }

    /** The month written {@code 2025-01}, {@code otherwise} when none is given, null when it cannot be read. */
    private static YearMonth month(String text, String field, YearMonth otherwise, Violations violations) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            YearMonth month = YearMonth.parse(text.trim());
            if (month.getYear() >= 2000 && month.getYear() <= 2199) {
                return month;
            }
        } catch (DateTimeParseException unreadable) {
            // said below
        }
        violations.add(field, "Tulis bulan sebagai tahun-bulan antara 2000-01 dan 2199-12, mis. 2025-01.",
                "Write the month as year-month between 2000-01 and 2199-12, e.g. 2025-01.");
        return null;
    }
}
