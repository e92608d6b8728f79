package id.tenun.catalog.product;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Tenun's seller SKUs: the category's three letters and a catalog-wide number, e.g. {@code KOP-000123}. A SKU is
 * given once, when its variant is created, and never changes or comes back; it is the seller SKU on every
 * marketplace, so an order line maps back to its product.
 */
@Component
public class Skus {

    private final MongoTemplate mongo;

    Skus(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public String next(String prefix) {
        return format(prefix, reserve(1));
    }

    /** Takes {@code count} consecutive numbers in one round trip and answers the first. */
    public long reserve(int count) {
        Document counter = mongo.findAndModify(query(where("_id").is("sku")), new Update().inc("value", (long) count),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, "sequences");
        return ((Number) counter.get("value")).longValue() - count + 1;
    }

    public static String format(String prefix, long number) {
        return prefix + "-" + String.format("%06d", number);
    }
}
