package id.tenun.order.sales;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.mongodb.core.query.Criteria;

import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.Violations;

/**
 * A question about sales: grouped {@code by} one level, per {@code period} (WITA days or months) from {@code from}
 * to {@code to} inclusive, narrowed by filters. {@code visibleGroups} null means all groups (staff).
 *
 * @param series true for a time series (a row per key and period), false for totals per key over the range
 */
public record SalesQuery(String by, String period, LocalDate from, LocalDate to, Map<String, String> filters,
        Collection<String> visibleGroups, boolean series) {

    /** The levels and the bucket field each groups by. */
    public static final Map<String, String> LEVELS = Map.of("province", "provinceCode", "regency", "regencyCode",
            "district", "districtCode", "village", "villageCode", "group", "groupId", "product", "productId",
            "programme", "programme", "channel", "channel");

    /** Filter parameters and the bucket field each narrows. */
    public static final Map<String, String> FILTERS = Map.of("province", "provinceCode", "regency", "regencyCode",
            "district", "districtCode", "village", "villageCode", "groupId", "groupId", "productId", "productId",
            "programme", "programme", "channel", "channel");

    public SalesQuery {
        by = by == null ? "regency" : by.toLowerCase(Locale.ROOT);
        if (!LEVELS.containsKey(by)) {
            String levels = String.join(", ", LEVELS.keySet().stream().sorted().toList());
            throw InvalidInput.of("by", "Harus salah satu dari " + levels + " (sekarang '" + by + "').",
                    "Must be one of " + levels + " (was '" + by + "').");
        }
        period = period == null ? "month" : period.toLowerCase(Locale.ROOT);
        if (!period.equals("day") && !period.equals("month")) {
            throw InvalidInput.of("period", "Harus day atau month (sekarang '" + period + "').",
                    "Must be day or month (was '" + period + "').");
        }
        new Violations().period(from, to).throwIfAny();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public String field() {
        return LEVELS.get(by);
    }

    /** A period of documents to read ({@code D} day or {@code M} month, and its start) and the row period it adds to. */
    record Slice(String period, String start, String label) {
    }

    /**
     * The day and month documents that hold the answer, within the months that have sales ({@code yyyy-MM},
     * sorted): a row per period for a series; for totals over days, whole months inside the range as one month
     * document each and only the edges as days. A month period covers the whole months {@code from} and {@code to}
     * fall in.
     */
    List<Slice> slices(List<String> knownMonths) {
        if (knownMonths.isEmpty()) {
            return List.of();
        }
        LocalDate first = YearMonth.parse(knownMonths.get(0)).atDay(1);
        LocalDate last = YearMonth.parse(knownMonths.get(knownMonths.size() - 1)).atEndOfMonth();
        LocalDate start = from == null || from.isBefore(first) ? first : from;
        LocalDate end = to == null || to.isAfter(last) ? last : to;
        List<Slice> slices = new ArrayList<>();
        for (YearMonth month = YearMonth.from(start); !month.isAfter(YearMonth.from(end)); month = month
                .plusMonths(1)) {
            boolean whole = !month.atDay(1).isBefore(start) && !month.atEndOfMonth().isAfter(end);
            if (period.equals("month") || (!series && whole)) {
                slices.add(new Slice("M", month.toString(), series ? month.toString() : null));
                continue;
            }
            LocalDate day = month.atDay(1).isBefore(start) ? start : month.atDay(1);
            LocalDate monthEnd = month.atEndOfMonth().isAfter(end) ? end : month.atEndOfMonth();
            for (; !day.isAfter(monthEnd); day = day.plusDays(1)) {
                slices.add(new Slice("D", day.toString(), series ? day.toString() : null));
            }
        }
        return slices;
    }

    /** The bucket fields the question names: the level it groups by and its filters. */
    Set<String> namedFields() {
        Set<String> named = new HashSet<>();
        named.add(field());
        filters.keySet().forEach(filter -> named.add(FILTERS.get(filter)));
        if (visibleGroups != null) {
            named.add("groupId");
        }
        return named;
    }

    /** What a field lookup gives for a field the document, cell or entry does not carry at all. */
    static final Object NOT_CARRIED = new Object();

    /**
     * Whether a document, cell or key entry falls inside the question, by the fields it carries ({@code fields}
     * gives {@link #NOT_CARRIED} for the others, which pass: a coarser level is only asked what it carries).
     */
    boolean covers(Function<String, Object> fields) {
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            Object value = fields.apply(FILTERS.get(filter.getKey()));
            if (value != NOT_CARRIED && !filter.getValue().equals(String.valueOf(value))) {
                return false;
            }
        }
        if (visibleGroups != null && !filters.containsKey("groupId")) {
            Object group = fields.apply("groupId");
            return group == NOT_CARRIED || visibleGroups.contains(String.valueOf(group));
        }
        return true;
    }

    /**
     * The same question as a match over the fine buckets (period, start range, filters, visible groups): for a
     * question too wide to read by id (see {@code SalesQueries}), and the reference the levels are tested against.
     */
    Criteria bucketCriteria() {
        boolean day = period.equals("day");
        DateTimeFormatter format = DateTimeFormatter.ofPattern(day ? "yyyy-MM-dd" : "yyyy-MM");
        Criteria criteria = Criteria.where("period").is(day ? "D" : "M");
        if (from != null || to != null) {
            Criteria start = criteria.and("start");
            if (from != null) {
                start = start.gte(from.format(format));
            }
            if (to != null) {
                start.lte(to.format(format));
            }
            criteria = start;
        }
        for (Map.Entry<String, String> filter : filters.entrySet()) {
            criteria = criteria.and(FILTERS.get(filter.getKey())).is(filter.getValue());
        }
        if (visibleGroups != null && !filters.containsKey("groupId")) {
            criteria = criteria.and("groupId").in(visibleGroups);
        }
        return criteria;
    }
}
