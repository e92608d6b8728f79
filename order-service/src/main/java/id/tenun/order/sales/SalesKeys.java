package id.tenun.order.sales;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What exists in the sales: every regency, group, product, channel and month that ever had a bucket, with the areas
 * and programme each sits in. Queries enumerate the ids of the documents they need from it (a read by id is what
 * both MongoDB and the wire-protocol stand-in answer without scanning). It only grows: one document per kind, each
 * entry added ({@code $addToSet}) before the first bucket that needs it is summed; this JVM remembers what it added.
 */
@Component
class SalesKeys {

    static final String COLLECTION = "sales_keys";

    /** The kinds and the fields of their entries, the key first. */
    static final Map<String, List<String>> KINDS = Map.of(
            "regency", SalesLevel.REGENCY.fields(),
            "group", SalesLevel.GROUP.fields(),
            "product", List.of("productId", "groupId", "villageCode", "districtCode", "regencyCode", "provinceCode",
                    "programme"),
            "channel", List.of("channel"),
            "month", List.of("month"));

    private final MongoTemplate mongo;

    private final Set<String> added = ConcurrentHashMap.newKeySet();

    SalesKeys(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the keys of a fine bucket (its fields as stored, or as summed from the orders). */
    void register(Document fine) {
        entriesOf(fine).forEach((kind, entry) -> {
            if (added.add(kind + "\u0000" + entry)) {
                try {
                    mongo.upsert(query(where("_id").is(kind)), new Update().addToSet("entries", entry), COLLECTION);
                } catch (RuntimeException e) {
                    added.remove(kind + "\u0000" + entry);
                    throw e;
                }
            }
        });
    }

    /** Records many entries at once (a rebuild). */
    void registerAll(Map<String, ? extends Collection<String>> entries) {
        entries.forEach((kind, values) -> {
            if (!values.isEmpty()) {
                mongo.upsert(query(where("_id").is(kind)), new Update().addToSet("entries").each(values.toArray()),
                        COLLECTION);
            }
        });
    }

    /** The entries of one kind, each as field → value. */
    List<Map<String, String>> entries(String kind) {
        Document doc = mongo.findById(kind, Document.class, COLLECTION);
        List<Map<String, String>> entries = new ArrayList<>();
        if (doc == null) {
            return entries;
        }
        List<String> fields = KINDS.get(kind);
        for (Object entry : doc.getList("entries", Object.class)) {
            String[] values = String.valueOf(entry).split("\\|", -1);
            Map<String, String> parsed = new LinkedHashMap<>();
            for (int i = 0; i < fields.size() && i < values.length; i++) {
                parsed.put(fields.get(i), values[i]);
            }
            entries.add(parsed);
        }
        return entries;
    }

    /** The sorted months ({@code yyyy-MM}) that have sales. */
    List<String> months() {
        return entries("month").stream().map(entry -> entry.get("month")).sorted().toList();
    }

    /** The entry per kind that a fine bucket adds. */
    static Map<String, String> entriesOf(Document fine) {
        Map<String, String> entries = new HashMap<>();
        KINDS.forEach((kind, fields) -> {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(field.equals("month")
                        ? String.valueOf(fine.get("start")).substring(0, 7)
                        : String.valueOf(fine.get(field)));
            }
            entries.put(kind, String.join("|", values));
        });
        return entries;
    }
}
