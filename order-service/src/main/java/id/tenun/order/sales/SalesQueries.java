package id.tenun.order.sales;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.limit;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.skip;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.sort;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
import org.springframework.stereotype.Component;

import id.tenun.order.catalog.CatalogProjection;
import id.tenun.order.order.Order;

/** Read-only reports over the sales buckets: views at any level and period, rankings, dormant groups, records. */
@Component
public class SalesQueries {

    private final MongoTemplate mongo;

    private final CatalogProjection catalog;

    private final Clock clock;

    SalesQueries(MongoTemplate mongo, CatalogProjection catalog, Clock clock) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** A page of the view, sorted by key then period (or by {@code netRupiah} descending if {@code ranked}). */
    public List<SalesRow> view(SalesQuery query, boolean ranked, int page, int size) {
        List<AggregationOperation> stages = stages(query, ranked);
        stages.add(skip((long) page * size));
        stages.add(limit(size));
        return mongo.aggregate(newAggregation(stages), "sales", Document.class).getMappedResults().stream()
            .map(row -> row(query, row))
            .toList();
    }

    /** Every row of the view, streamed (exports). */
    public void stream(SalesQuery query, Consumer<SalesRow> sink) {
        try (Stream<Document> rows = mongo.aggregateStream(newAggregation(stages(query, false)), "sales",
                Document.class)) {
            rows.forEach(row -> sink.accept(row(query, row)));
        }
    }

    /** The totals over everything the query covers (one row, key "total"). */
    public SalesRow totals(SalesQuery query) {
        GroupOperation sums = group();
        for (String measure : SalesBucket.MEASURES) {
            sums = sums.sum(measure).as(measure);
        }
        Document total = mongo.aggregate(newAggregation(match(query.criteria()), sums), "sales", Document.class)
            .getUniqueMappedResult();
        return SalesRow.of("total", null, measures(total));
    }

    private List<AggregationOperation> stages(SalesQuery query, boolean ranked) {
        GroupOperation sums = query.series() ? group(query.field(), "start") : group(query.field());
        for (String measure : SalesBucket.MEASURES) {
            sums = sums.sum(measure).as(measure);
        }
        List<AggregationOperation> stages = new ArrayList<>();
        stages.add(match(query.criteria()));
        stages.add(sums);
        stages.add(ranked ? sort(Sort.by(Sort.Direction.DESC, "netRupiah").and(Sort.by("_id")))
                : sort(Sort.by("_id")));
        return stages;
    }

    private static SalesRow row(SalesQuery query, Document row) {
        Object id = row.get("_id");
        String key;
        String period = null;
        if (id instanceof Document composite) {
            key = String.valueOf(composite.get(query.field()));
            period = composite.getString("start");
        } else {
            key = String.valueOf(id);
        }
        return SalesRow.of(key, period, measures(row));
    }

    private static long[] measures(Document row) {
        long[] values = new long[SalesBucket.MEASURES.length];
        for (int i = 0; i < values.length; i++) {
            Object value = row == null ? null : row.get(SalesBucket.MEASURES[i]);
            values[i] = value == null ? 0 : ((Number) value).longValue();
        }
        return values;
    }

    /** A group with no sale in the last days, and its last sale day (WITA) if it ever sold. */
    public record DormantGroup(String groupId, String name, String villageCode, String regencyCode, String lastSaleDay) {
    }

    /** Groups with no order placed in the last {@code days} WITA days (today included), among the visible ones. */
    public List<DormantGroup> dormant(int days, Collection<String> visibleGroups) {
        LocalDate today = LocalDate.now(clock.withZone(Order.WITA));
        String cutoff = today.minusDays(days - 1L).toString();
        Map<String, String> lastSale = new HashMap<>();
        Aggregation last = newAggregation(match(where("period").is("D").and("orders").gt(0)),
                group("groupId").max("start").as("last"));
        mongo.aggregate(last, "sales", Document.class)
            .forEach(row -> lastSale.put(String.valueOf(row.get("_id")), row.getString("last")));
        return catalog.groups().stream()
            .filter(group -> visibleGroups == null || visibleGroups.contains(group.id()))
            .filter(group -> lastSale.get(group.id()) == null || lastSale.get(group.id()).compareTo(cutoff) < 0)
            .map(group -> new DormantGroup(group.id(), group.name(), group.villageCode(), group.regencyCode(),
                    lastSale.get(group.id())))
            .sorted(java.util.Comparator.comparing(DormantGroup::groupId))
            .toList();
    }

    /** One month of a group's business record. */
    public record MonthRecord(String month, long orders, long units, long grossRupiah, long netRupiah, long cancelled,
            long returned) {
    }

    /** A group's last {@code months} WITA months (this one included), oldest first, months without sales as zero. */
    public List<MonthRecord> businessRecord(String groupId, int months) {
        YearMonth now = YearMonth.now(clock.withZone(Order.WITA));
        YearMonth first = now.minusMonths(months - 1L);
        SalesQuery query = new SalesQuery("group", "month", first.atDay(1), now.atEndOfMonth(),
                Map.of("groupId", groupId), null, true);
        Map<String, SalesRow> byMonth = new LinkedHashMap<>();
        stream(query, row -> byMonth.put(row.period(), row));
        List<MonthRecord> record = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(now); month = month.plusMonths(1)) {
            SalesRow row = byMonth.get(month.toString());
            record.add(row == null ? new MonthRecord(month.toString(), 0, 0, 0, 0, 0, 0)
                    : new MonthRecord(month.toString(), row.orders(), row.units(), row.grossRupiah(), row.netRupiah(),
                            row.cancelled(), row.returned()));
        }
        return record;
    }

    /** The levels a caller may group by. */
    public static Set<String> levels() {
        return SalesQuery.LEVELS.keySet();
    }
}
