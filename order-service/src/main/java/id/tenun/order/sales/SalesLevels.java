package id.tenun.order.sales;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@link SalesLevel} documents in step with the fine buckets, by the same rule as the buckets themselves:
 * a document is never incremented but recomputed, a day document as the sum of its member fine day buckets (the
 * member set only grows, added in the same write that raises the guard) and a month document as the sum of the day
 * documents of its month (found by id). A refresher raises {@code dirty}, sums, and writes only if {@code dirty} is
 * still what it raised it to; a later refresher summed later and its write stands. Since the fine bucket is written
 * before its levels are raised, the last refresher always sees every bucket written before it.
 */
@Component
class SalesLevels {

    /** Ids per {@code $in} read: the wire server checks each found document against the whole list. */
    static final int CHUNK = 500;

    /**
     * Documents per cursor batch when streaming a whole collection: without one the wire-protocol stand-in answers
     * the first batch with every document (a 485 MB reply over 1.3 million buckets, refused by the driver).
     */
    static final int BATCH = 2_000;

    private final MongoTemplate mongo;

    SalesLevels(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Refreshes the level documents (day, then month) that these fine day buckets add to. */
    void refresh(Collection<Document> fineDays) {
        for (SalesLevel level : SalesLevel.values()) {
            Map<String, Set<String>> days = new LinkedHashMap<>();
            for (Document fine : fineDays) {
                days.computeIfAbsent(SalesLevel.id("D", fine.getString("start"), level.keyOf(fine)),
                        id -> new LinkedHashSet<>()).add(fine.getString("_id"));
            }
            Set<String> months = new LinkedHashSet<>();
            days.forEach((id, members) -> {
                String[] parts = id.split("\\|", 3);
                Document raised = raise(level, id, members);
                Sum sum = new Sum(level);
                byIds(mongo, "sales", raised.getList("members", String.class), sum::addFine);
                write(level, id, sum.update(parts[1]), raised);
                months.add(SalesLevel.id("M", parts[1].substring(0, 7), parts[2]));
            });
            for (String id : months) {
                String[] parts = id.split("\\|", 3);
                Document raised = raise(level, id, List.of());
                Sum sum = new Sum(level);
                byIds(mongo, level.collection(), daysOf(parts[1], parts[2]), sum::addLevel);
                write(level, id, sum.update(null), raised);
            }
        }
    }

    /**
     * Recomputes every level document from the fine day buckets (after the buckets' own rebuild), with the same
     * sums as {@link #refresh}, a month at a time (so it holds one month of documents in memory, not all). A
     * document a live refresh raised meanwhile keeps that newer value; one no bucket adds to any more is zeroed.
     * Also records every key the buckets name.
     */
    int rebuild(SalesKeys keys) {
        Map<SalesLevel, Map<String, Long>> dirtyBefore = new HashMap<>();
        for (SalesLevel level : SalesLevel.values()) {
            Map<String, Long> dirty = new HashMap<>();
            Query all = new Query().cursorBatchSize(BATCH);
            all.fields().include("dirty");
            try (Stream<Document> docs = mongo.stream(all, Document.class, level.collection())) {
                docs.forEach(doc -> dirty.put(doc.getString("_id"), ((Number) doc.getOrDefault("dirty", 0L))
                        .longValue()));
            }
            dirtyBefore.put(level, dirty);
        }
        Set<String> months = new TreeSet<>();
        Query starts = query(where("period").is("D")).cursorBatchSize(BATCH);
        starts.fields().include("start");
        try (Stream<Document> fines = mongo.stream(starts, Document.class, "sales")) {
            fines.forEach(fine -> months.add(fine.getString("start").substring(0, 7)));
        }
        Map<String, Set<String>> entries = new HashMap<>();
        int written = 0;
        for (String month : months) {
            Map<SalesLevel, Map<String, Sum>> days = new HashMap<>();
            Query ofMonth = query(where("period").is("D").and("start").gte(month + "-01").lte(month + "-31"))
                    .cursorBatchSize(BATCH);
            try (Stream<Document> fines = mongo.stream(ofMonth, Document.class, "sales")) {
                fines.forEach(fine -> {
                    SalesKeys.entriesOf(fine).forEach((kind, entry) -> entries.computeIfAbsent(kind,
                            k -> new HashSet<>()).add(entry));
                    for (SalesLevel level : SalesLevel.values()) {
                        days.computeIfAbsent(level, l -> new HashMap<>())
                                .computeIfAbsent(SalesLevel.id("D", fine.getString("start"), level.keyOf(fine)),
                                        id -> new Sum(level))
                                .addFine(fine);
                    }
                });
            }
            keys.registerAll(entries);
            entries.clear();
            for (SalesLevel level : SalesLevel.values()) {
                Map<String, Document> computed = new HashMap<>();
                Map<String, Sum> sums = new HashMap<>();
                days.getOrDefault(level, Map.of()).forEach((id, sum) -> {
                    String[] parts = id.split("\\|", 3);
                    Document day = sum.document(id, parts[1]);
                    computed.put(id, day);
                    sums.computeIfAbsent(SalesLevel.id("M", month, parts[2]), m -> new Sum(level)).addLevel(day);
                });
                sums.forEach((id, sum) -> computed.put(id, sum.document(id, null)));
                written += store(level, computed, dirtyBefore.get(level));
            }
        }
        for (SalesLevel level : SalesLevel.values()) {
            Map<String, Document> zeroed = new HashMap<>();
            dirtyBefore.get(level).keySet().forEach(id -> zeroed.put(id, new Sum(level).document(id, null)));
            written += store(level, zeroed, dirtyBefore.get(level));
        }
        return written;
    }

    /** Writes computed documents, guarded by their counter as it was before; forgets them from {@code dirtyBefore}. */
    private int store(SalesLevel level, Map<String, Document> computed, Map<String, Long> dirtyBefore) {
        List<Document> inserts = new ArrayList<>();
        BulkOperations updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, level.collection());
        int pending = 0;
        for (Document doc : computed.values()) {
            Long dirty = dirtyBefore.remove(doc.getString("_id"));
            if (dirty == null) {
                inserts.add(doc.append("dirty", 0L));
                if (inserts.size() == 1_000) {
                    insert(level, inserts);
                }
                continue;
            }
            Update update = new Update().inc("dirty", 1);
            doc.forEach((field, value) -> {
                if (!field.equals("_id")) {
                    update.set(field, value);
                }
            });
            updates.updateOne(query(where("_id").is(doc.getString("_id")).and("dirty").is(dirty)), update);
            if (++pending == 1_000) {
                updates.execute();
                updates = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, level.collection());
                pending = 0;
            }
        }
        if (pending > 0) {
            updates.execute();
        }
        insert(level, inserts);
        return computed.size();
    }

    /** Inserts new documents; one a live refresh created meanwhile keeps its (newer) value. */
    private void insert(SalesLevel level, List<Document> docs) {
        if (docs.isEmpty()) {
            return;
        }
        try {
            mongo.getCollection(level.collection()).insertMany(docs);
        } catch (RuntimeException e) {
            for (Document doc : docs) {
                try {
                    mongo.insert(doc, level.collection());
                } catch (DuplicateKeyException duplicate) {
                    // created by a live refresh meanwhile (or by the first attempt)
                }
            }
        }
        docs.clear();
    }

    private Document raise(SalesLevel level, String id, Collection<String> members) {
        String[] parts = id.split("\\|", 3);
        Update update = new Update().inc("dirty", 1).setOnInsert("period", parts[0]).setOnInsert("start", parts[1])
                .setOnInsert("key", parts[2]);
        if (!members.isEmpty()) {
            update.addToSet("members").each(members.toArray());
        }
        return mongo.findAndModify(query(where("_id").is(id)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, level.collection());
    }

    private void write(SalesLevel level, String id, Update update, Document raised) {
        mongo.updateFirst(query(where("_id").is(id).and("dirty").is(raised.get("dirty"))), update,
                level.collection());
    }

    /** The ids of the day documents of one month and key. */
    static List<String> daysOf(String month, String key) {
        YearMonth yearMonth = YearMonth.parse(month);
        List<String> ids = new ArrayList<>();
        for (int day = 1; day <= yearMonth.lengthOfMonth(); day++) {
            ids.add(SalesLevel.id("D", yearMonth.atDay(day).toString(), key));
        }
        return ids;
    }

    /** Reads documents by id, a chunk at a time, without their member lists. */
    static void byIds(MongoTemplate mongo, String collection, Collection<String> ids, Consumer<Document> sink) {
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            Query byId = query(where("_id").in(all.subList(from, Math.min(all.size(), from + CHUNK))));
            byId.fields().exclude("members");
            mongo.find(byId, Document.class, collection).forEach(sink);
        }
    }

    /** The sum of a level document's parts: fine buckets (day) or day documents (month). */
    static final class Sum {

        private final SalesLevel level;

        private final Map<String, long[]> cells = new TreeMap<>();

        private final Map<String, Object> fields = new LinkedHashMap<>();

        private final List<String> members = new ArrayList<>();

        private String lastDay;

        Sum(SalesLevel level) {
            this.level = level;
        }

        /** Adds a fine bucket (a member of a day document). */
        void addFine(Document fine) {
            members.add(fine.getString("_id"));
            addCell(fine);
            copyFields(fine);
        }

        /** Adds a day document (a part of a month document). */
        void addLevel(Document day) {
            for (Document cell : day.getList("cells", Document.class, List.of())) {
                addCell(cell);
            }
            copyFields(day);
            String last = day.getString("lastDay");
            if (last != null && (lastDay == null || last.compareTo(lastDay) > 0)) {
                lastDay = last;
            }
        }

        private void addCell(Document source) {
            long[] sum = cells.computeIfAbsent(source.get("channel") + "|" + source.get("programme"),
                    k -> new long[SalesBucket.MEASURES.length]);
            for (int i = 0; i < sum.length; i++) {
                Object value = source.get(SalesBucket.MEASURES[i]);
                sum[i] = Math.addExact(sum[i], value == null ? 0 : ((Number) value).longValue());
            }
        }

        private void copyFields(Document source) {
            for (String field : level.fields()) {
                if (fields.get(field) == null && source.get(field) != null) {
                    fields.put(field, source.get(field));
                }
            }
        }

        /** The computed part of the document; {@code day} is its day for a day document, null for a month. */
        Document computed(String day) {
            Document doc = new Document();
            fields.forEach(doc::append);
            long[] totals = new long[SalesBucket.MEASURES.length];
            List<Document> cellDocs = new ArrayList<>();
            cells.forEach((cell, sum) -> {
                String[] parts = cell.split("\\|", 2);
                Document cellDoc = new Document("channel", nullable(parts[0])).append("programme", nullable(parts[1]));
                for (int i = 0; i < sum.length; i++) {
                    cellDoc.append(SalesBucket.MEASURES[i], sum[i]);
                    totals[i] = Math.addExact(totals[i], sum[i]);
                }
                cellDocs.add(cellDoc);
            });
            doc.append("cells", cellDocs);
            for (int i = 0; i < totals.length; i++) {
                doc.append(SalesBucket.MEASURES[i], totals[i]);
            }
            doc.append("lastDay", day != null ? (totals[0] > 0 ? day : null) : lastDay);
            return doc;
        }

        Update update(String day) {
            Update update = new Update();
            computed(day).forEach(update::set);
            return update;
        }

        /** The whole document (a rebuild), members included for a day document. */
        Document document(String id, String day) {
            String[] parts = id.split("\\|", 3);
            Document doc = new Document("_id", id).append("period", parts[0]).append("start", parts[1])
                    .append("key", parts[2]);
            doc.putAll(computed(day));
            if (parts[0].equals("D")) {
                doc.append("members", members);
            }
            return doc;
        }

        private static String nullable(String value) {
            return value.equals("null") ? null : value;
        }
    }
}
