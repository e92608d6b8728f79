package id.tenun.order.sales;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

import org.springframework.data.mongodb.core.query.Criteria;

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
            throw new IllegalArgumentException("by must be one of " + String.join(", ", LEVELS.keySet().stream()
                .sorted().toList()) + "; was '" + by + "'");
        }
        period = period == null ? "month" : period.toLowerCase(Locale.ROOT);
        if (!period.equals("day") && !period.equals("month")) {
            throw new IllegalArgumentException("period must be day or month; was '" + period + "'");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to");
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public String field() {
        return LEVELS.get(by);
    }

    String bucketPeriod() {
        return period.equals("day") ? "D" : "M";
    }

    String startOf(LocalDate date) {
        return period.equals("day") ? date.toString() : date.format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }

    Criteria criteria() {
        Criteria criteria = Criteria.where("period").is(bucketPeriod());
        if (from != null && to != null) {
            criteria = criteria.and("start").gte(startOf(from)).lte(startOf(to));
        } else if (from != null) {
            criteria = criteria.and("start").gte(startOf(from));
        } else if (to != null) {
            criteria = criteria.and("start").lte(startOf(to));
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
