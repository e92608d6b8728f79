package id.tenun.order.sales;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
import org.springframework.stereotype.Component;

import id.tenun.order.catalog.CatalogProjection;
import id.tenun.order.lifecycle.Order;
import id.tenun.order.lifecycle.OrderLine;
import id.tenun.support.paging.PageRequest;

/**
 * Read-only reports: views at any level and period, rankings, dormant groups. Each question reads
 * the coarsest documents that can answer it, by id: regency documents for province, regency, programme and channel
 * questions from staff; group documents for village, district and group questions (and for anyone who sees only
 * some groups); the fine buckets only when a question names a product. The ids come from the keys that exist
 * ({@link SalesKeys}) and the periods in the range, so a question reads documents in proportion to its answer, not
 * to all sales.
 */
@Component
public class SalesQueries {

    /** Beyond this many fine buckets to read by id, a product question is one aggregation instead. */
    static final int MAX_IDS = 50_000;

    private final MongoTemplate mongo;

    private final SalesKeys keys;

    private final CatalogProjection catalog;

    private final Clock clock;

    private final int maxIds;

    @Autowired
    SalesQueries(MongoTemplate mongo, SalesKeys keys, CatalogProjection catalog, Clock clock) {
        this(mongo, keys, catalog, clock, MAX_IDS);
    }

    /** With another limit of fine buckets read by id (tests take the aggregation path with a small one). */
    SalesQueries(MongoTemplate mongo, SalesKeys keys, CatalogProjection catalog, Clock clock, int maxIds) {
        this.mongo = mongo;
        this.keys = keys;
        this.catalog = catalog;
        this.clock = clock;
        this.maxIds = maxIds;
    }

    /** The rows of a view and their totals (key "total"). */
    public record Answer(SalesRow totals, List<SalesRow> rows) {

        /** One page of the rows. */
        public List<SalesRow> page(PageRequest request) {
            return request.of(rows);
        }
    }

    /** The view, sorted by key then period, or by {@code netRupiah} descending if {@code ranked}. */
    public Answer answer(SalesQuery query, boolean ranked) {
        Map<List<String>, long[]> sums = sums(query);
        long[] totals = new long[SalesBucket.MEASURES.length];
        List<SalesRow> rows = new ArrayList<>(sums.size());
        sums.forEach((key, measures) -> {
            rows.add(SalesRow.of(key.get(0), key.get(1), measures));
            for (int i = 0; i < totals.length; i++) {
                totals[i] = Math.addExact(totals[i], measures[i]);
            }
        });
        Comparator<SalesRow> byKey = Comparator.comparing(SalesRow::key)
                .thenComparing(SalesRow::period, Comparator.nullsFirst(Comparator.naturalOrder()));
        rows.sort(ranked ? Comparator.comparingLong(SalesRow::netRupiah).reversed().thenComparing(byKey) : byKey);
        return new Answer(SalesRow.of("total", null, totals), rows);
    }

    /** Every row of the view, in order (exports). */
    public void stream(SalesQuery query, Consumer<SalesRow> sink) {
        answer(query, false).rows().forEach(sink);
    }

    /** Sums the documents the question needs into rows keyed by (key, period). */
    private Map<List<String>, long[]> sums(SalesQuery query) {
        Map<List<String>, long[]> sums = new HashMap<>();
        List<SalesQuery.Slice> slices = query.slices(keys.months());
        if (slices.isEmpty()) {
            return sums;
        }
        Set<String> named = query.namedFields();
        SalesLevel level = named.stream().allMatch(SalesLevel.REGENCY::answers)
                ? SalesLevel.REGENCY
                : named.stream().allMatch(SalesLevel.GROUP::answers) ? SalesLevel.GROUP : null;
        Map<String, SalesQuery.Slice> periodOf = new HashMap<>();
        if (level != null) {
            List<String> keyed = new ArrayList<>();
            for (Map<String, String> entry : keys.entries(level == SalesLevel.REGENCY ? "regency" : "group")) {
                if (query.covers(field -> carried(entry, field))) {
                    keyed.add(entry.get(level.fields().get(0)));
                }
            }
            for (SalesQuery.Slice slice : slices) {
                keyed.forEach(key -> periodOf.put(SalesLevel.id(slice.period(), slice.start(), key), slice));
            }
        } else {
            List<String> channels = keys.entries("channel").stream().map(entry -> entry.get("channel"))
                    .filter(channel -> query
                            .covers(field -> field.equals("channel") ? channel : SalesQuery.NOT_CARRIED))
                    .toList();
            List<Map<String, String>> products = keys.entries("product").stream()
                    .filter(entry -> query.covers(field -> carried(entry, field))).toList();
            for (SalesQuery.Slice slice : slices) {
                for (Map<String, String> product : products) {
                    for (String channel : channels) {
                        periodOf.put(OrderLine.bucketId(slice.period(), slice.start(), product.get("groupId"),
                                product.get("productId"), channel), slice);
                    }
                }
            }
        }
        if (level == null && periodOf.size() > maxIds) {
            return scan(query);
        }
        SalesLevels.byIds(mongo, level == null ? "sales" : level.collection(), periodOf.keySet(), doc -> {
            String period = periodOf.get(doc.getString("_id")).label();
            for (Document cell : doc.containsKey("cells") ? doc.getList("cells", Document.class) : List.of(doc)) {
                Function<String, Object> fields = field -> cell.containsKey(field)
                        ? cell.get(field)
                        : carried(doc, field);
                if (!query.covers(fields)) {
                    continue;
                }
                long[] sum = sums.computeIfAbsent(Arrays.asList(String.valueOf(fields.apply(query.field())), period),
                        k -> new long[SalesBucket.MEASURES.length]);
                long[] measures = measures(cell);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] = Math.addExact(sum[i], measures[i]);
                }
            }
        });
        return sums;
    }

    /**
     * A product question over many products and periods (e.g. top products of a year: a bucket per product ×
     * channel × month) as one aggregation over the fine buckets: on MongoDB from its indexes; on the wire-protocol
     * stand-in a scan, still cheaper than that many reads by id.
     */
    private Map<List<String>, long[]> scan(SalesQuery query) {
        GroupOperation sums = query.series() ? group(query.field(), "start") : group(query.field());
        for (String measure : SalesBucket.MEASURES) {
            sums = sums.sum(measure).as(measure);
        }
        Map<List<String>, long[]> rows = new HashMap<>();
        for (Document row : mongo.aggregate(newAggregation(match(query.bucketCriteria()), sums), "sales",
                Document.class)) {
            Object id = row.get("_id");
            rows.put(id instanceof Document composite
                    ? Arrays.asList(String.valueOf(composite.get(query.field())), composite.getString("start"))
                    : Arrays.asList(String.valueOf(id), null), measures(row));
        }
        return rows;
    }

    private static Object carried(Map<String, ?> fields, String field) {
        return fields.containsKey(field) ? fields.get(field) : SalesQuery.NOT_CARRIED;
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
    public record DormantGroup(String groupId, String name, String villageCode, String regencyCode,
            String lastSaleDay) {
    }

    /** Groups with no order placed in the last {@code days} WITA days (today included), among the visible ones. */
    public List<DormantGroup> dormant(int days, Collection<String> visibleGroups) {
        LocalDate today = LocalDate.now(clock.withZone(Order.WITA));
        String cutoff = today.minusDays(days - 1L).toString();
        Set<String> remaining = new HashSet<>();
        keys.entries("group").forEach(entry -> remaining.add(entry.get("groupId")));
        if (visibleGroups != null) {
            remaining.retainAll(visibleGroups);
        }
        // newest month first: a group's last sale is in the newest month document that has a last sale day
        Map<String, String> lastSale = new HashMap<>();
        List<String> months = new ArrayList<>(keys.months());
        Collections.reverse(months);
        for (String month : months) {
            if (remaining.isEmpty()) {
                break;
            }
            List<String> ids = remaining.stream().map(group -> SalesLevel.id("M", month, group)).toList();
            SalesLevels.byIds(mongo, SalesLevel.GROUP.collection(), ids, doc -> {
                if (doc.getString("lastDay") != null) {
                    lastSale.put(doc.getString("key"), doc.getString("lastDay"));
                    remaining.remove(doc.getString("key"));
                }
            });
        }
        return catalog.groups().stream()
                .filter(group -> visibleGroups == null || visibleGroups.contains(group.id()))
                .filter(group -> lastSale.get(group.id()) == null || lastSale.get(group.id()).compareTo(cutoff) < 0)
                .map(group -> new DormantGroup(group.id(), group.name(), group.villageCode(), group.regencyCode(),
                        lastSale.get(group.id())))
                .sorted(Comparator.comparing(DormantGroup::groupId))
                .toList();
    }

    /** The levels a caller may group by. */
    public static Set<String> levels() {
        return SalesQuery.LEVELS.keySet();
    }
}
