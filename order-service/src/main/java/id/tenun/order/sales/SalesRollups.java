package id.tenun.order.sales;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.unwind;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOptions;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.tenun.order.processing.SalesRollup;

/**
 * Sales buckets recomputed from the orders, never incremented: a bucket's numbers are always the sum of what its
 * orders' lines say now, so a duplicate, a replay, a crash or an out-of-order notification cannot count an order
 * twice or lose one. Concurrent refreshes of one bucket are ordered by its {@code dirty} counter: each refresher
 * raises it, then recomputes, then writes only if nobody raised it since; if somebody did, that later refresher
 * recomputes after it and its write stands. {@link #rebuild()} runs the same sums over every order at once.
 */
@Component
public class SalesRollups implements SalesRollup {

    private final MongoTemplate mongo;

    private final SalesLevels levels;

    private final SalesKeys keys;

    SalesRollups(MongoTemplate mongo, SalesLevels levels, SalesKeys keys) {
        this.mongo = mongo;
        this.levels = levels;
        this.keys = keys;
    }

    /**
     * Refreshes the buckets, then the regency and group documents their day buckets add to ({@link SalesLevels}),
     * after recording their keys ({@link SalesKeys}). A crash in between leaves the order's {@code rollupPending}
     * set, so the whole refresh runs again.
     */
    @Override
    public void refresh(Set<String> bucketIds) {
        List<Document> days = new ArrayList<>();
        for (String bucketId : bucketIds) {
            Document fine = refresh(bucketId);
            if (fine.getString("period").equals("D")) {
                keys.register(fine);
                days.add(fine);
            }
        }
        levels.refresh(days);
    }

    /** Recomputes one bucket from the orders; returns its fields and measures as summed. */
    Document refresh(String bucketId) {
        String[] parts = bucketId.split("\\|", 5);
        Update raise = keyed(new Update().inc("dirty", 1), parts);
        Document raised = mongo.findAndModify(query(where("_id").is(bucketId)), raise,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, "sales");
        long dirty = ((Number) raised.get("dirty")).longValue();
        String field = "lines." + lineField(bucketId);
        Aggregation sums = newAggregation(match(where(field).is(bucketId)), unwind("lines"),
                match(where(field).is(bucketId)), sums(group()));
        Document total = mongo.aggregate(sums, "orders", Document.class).getUniqueMappedResult();
        mongo.updateFirst(query(where("_id").is(bucketId).and("dirty").is(dirty)), measures(total),
                SalesBucket.class);
        Document fine = total != null ? total : new Document(raised);
        return fine.append("_id", bucketId).append("period", parts[0]).append("start", parts[1])
                .append("groupId", parts[2]).append("productId", parts[3]).append("channel", parts[4]);
    }

    /**
     * Recomputes every bucket from every order: what the incremental refreshes must also give. A bucket refreshed
     * by live processing during the rebuild keeps that (newer) value; a bucket no order adds to any more is zeroed.
     */
    public RebuildResult rebuild() {
        Map<String, Long> dirtyBefore = new HashMap<>();
        try (Stream<Document> buckets = mongo.stream(new Query().cursorBatchSize(SalesLevels.BATCH), Document.class,
                "sales")) {
            buckets.forEach(bucket -> dirtyBefore.put(bucket.getString("_id"),
                    ((Number) bucket.getOrDefault("dirty", 0L)).longValue()));
        }
        Set<String> seen = new HashSet<>();
        for (String field : new String[]{"dayBucket", "monthBucket"}) {
            Aggregation all = newAggregation(match(where("lines." + field).ne(null)), unwind("lines"),
                    match(where("lines." + field).ne(null)), sums(group("lines." + field)))
                    .withOptions(AggregationOptions.builder().cursorBatchSize(SalesLevels.BATCH).build());
            try (Stream<Document> totals = mongo.aggregateStream(all, "orders", Document.class)) {
                totals.forEach(total -> {
                    String id = total.getString("_id");
                    seen.add(id);
                    write(id, total, dirtyBefore.get(id));
                });
            }
        }
        int zeroed = 0;
        for (Map.Entry<String, Long> bucket : dirtyBefore.entrySet()) {
            if (!seen.contains(bucket.getKey())) {
                write(bucket.getKey(), null, bucket.getValue());
                zeroed++;
            }
        }
        return new RebuildResult(seen.size(), zeroed, rebuildLevels());
    }

    /** Recomputes the regency and group documents from the buckets as they stand (part of {@link #rebuild()}). */
    public int rebuildLevels() {
        return levels.rebuild(keys);
    }

    /** What a rebuild wrote: buckets from the orders, of them zeroed, and regency and group documents. */
    public record RebuildResult(int buckets, int zeroed, int levelDocuments) {
    }

    private void write(String id, Document total, Long dirtyBefore) {
        String[] parts = id.split("\\|", 5);
        Update update = keyed(measures(total), parts).setOnInsert("dirty", 0L);
        Query guard = dirtyBefore == null
                ? query(where("_id").is(id))
                : query(where("_id").is(id).and("dirty").is(dirtyBefore));
        try {
            if (dirtyBefore == null) {
                mongo.upsert(guard, update, SalesBucket.class);
            } else {
                mongo.updateFirst(guard, update, SalesBucket.class);
            }
        } catch (DuplicateKeyException e) {
            // created meanwhile by a live refresh, whose value is at least as new
        }
    }

    /** The bucket's key parts: period, start, group, product, channel. */
    private static Update keyed(Update update, String[] parts) {
        return update.setOnInsert("period", parts[0]).setOnInsert("start", parts[1]).setOnInsert("groupId", parts[2])
                .setOnInsert("productId", parts[3]).setOnInsert("channel", parts[4]);
    }

    private static GroupOperation sums(GroupOperation group) {
        GroupOperation sums = group;
        for (String measure : SalesBucket.MEASURES) {
            sums = sums.sum("lines." + measure).as(measure);
        }
        for (String dimension : SalesBucket.DIMENSIONS) {
            sums = sums.first("lines." + dimension).as(dimension);
        }
        return sums;
    }

    private static Update measures(Document total) {
        Update update = new Update();
        for (String measure : SalesBucket.MEASURES) {
            Object value = total == null ? null : total.get(measure);
            update.set(measure, value == null ? 0L : ((Number) value).longValue());
        }
        if (total != null) {
            for (String dimension : SalesBucket.DIMENSIONS) {
                if (total.get(dimension) != null) {
                    update.set(dimension, total.get(dimension));
                }
            }
        }
        return update;
    }

    private static String lineField(String bucketId) {
        return bucketId.startsWith("M|") ? "monthBucket" : "dayBucket";
    }
}
