package id.tenun.console.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages write money, times and months, as {@code ${@fmt.rupiah(x)}}: rupiah with dots between thousands
 * ({@code Rp 85.000}) in both languages, times in WITA (the time of NTT), months by name in the reader's language.
 */
@Component("fmt")
public class Formats {

    /** Nusa Tenggara Timur's time (WITA, UTC+8). */
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    public String rupiah(long amount) {
        return (amount < 0 ? "−Rp " : "Rp ") + NumberFormat.getIntegerInstance(INDONESIAN).format(Math.abs(amount));
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(INDONESIAN).format(value);
    }

    /** {@code 4 Des 2026 19.30 WITA}. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime(instant, LocaleContextHolder.getLocale());
    }

    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", locale).format(instant.atZone(WITA)) + " WITA";
    }

    /** {@code 15 Jan 2027}, in the reader's language. */
    public String date(LocalDate day) {
        return day == null ? "" : date(day, LocaleContextHolder.getLocale());
    }

    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(day);
    }

    /** {@code Desember 2026} from {@code 2026-12}. */
    public String month(String yearMonth) {
        return month(yearMonth, LocaleContextHolder.getLocale());
    }

    public static String month(String yearMonth, Locale locale) {
        YearMonth month = YearMonth.parse(yearMonth);
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear();
    }
}
