package id.tenun.catalog.product;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.tenun.catalog.paging.PageOf;
import id.tenun.catalog.publishing.Pending;
import id.tenun.events.Programme;
import id.tenun.support.paging.PageRequest;

/**
 * The stored products. Every write is one conditional update of one document: it raises {@code version} and sets
 * {@code pending} together with the change, so the outbox needs no transaction.
 */
@Component
public class Products {

    private final MongoTemplate mongo;

    Products(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Product.class).createIndex(new Index().on("pending", Sort.Direction.ASC));
        mongo.indexOps(Product.class).createIndex(new Index().on("groupId", Sort.Direction.ASC));
        mongo.indexOps(Product.class).createIndex(new Index().on("variants.sku", Sort.Direction.ASC));
        // Unique because _id is; it lets the wire-protocol server (which uses an index only when the query names
        // exactly its fields, and ignores non-unique ones) find {_id, version} without scanning every product.
        mongo.indexOps(Product.class).createIndex(new Index().on("_id", Sort.Direction.ASC)
                .on("version", Sort.Direction.ASC).unique().named("id_version"));
    }

    public void insert(Product product) {
        mongo.insert(product);
    }

    /**
     * Inserts new products in one round trip; each is its own document, so each is in or out. Answers, by id, the
     * stored products that were there already (a retried import): they stay as they were.
     */
    public Map<String, Product> insertAll(List<Product> batch) {
        if (batch.isEmpty()) {
            return Map.of();
        }
        try {
            mongo.insert(batch, Product.class);
            return Map.of();
        } catch (DataIntegrityViolationException | BulkOperationException e) {
            Map<String, Product> existed = new HashMap<>();
            mongo.find(query(where("_id").in(batch.stream().map(Product::id).toList())), Product.class)
                    .forEach(product -> existed.put(product.id(), product));
            List<Product> rest = batch.stream().filter(product -> !existed.containsKey(product.id())).toList();
            if (!rest.isEmpty()) {
                mongo.insert(rest, Product.class);
            }
            return existed;
        }
    }

    public Optional<Product> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Product.class));
    }

    public Optional<Product> bySku(String sku) {
        return Optional.ofNullable(mongo.findOne(query(where("variants.sku").is(sku)), Product.class));
    }

    /** Replaces the product with its next state only if it is still at {@code basedOn}; false when it moved on. */
    public boolean replace(Product next, long basedOn) {
        return mongo.replace(query(where("_id").is(next.id()).and("version").is(basedOn)), next)
                .getModifiedCount() == 1;
    }

    public PageOf<Product> page(Filter filter, PageRequest page) {
        Query q = query(filter.criteria());
        long total = mongo.count(q, Product.class);
        q.with(Sort.by("groupId", "name", "_id")).skip(page.offset()).limit(page.size());
        q.fields().exclude("history").exclude("movements");
        return new PageOf<>(mongo.find(q, Product.class), page.page(), page.size(), total);
    }

    /**
     * Products whose newest version is not yet published, oldest change first, but for the versions in
     * {@code holding} (by id): a product held at one version comes again once it has another.
     */
    public List<Product> behind(int limit, Map<String, Long> holding) {
        Query q = query(Pending.except(holding)).with(Sort.by("updatedAt")).limit(limit);
        q.fields().exclude("history").exclude("movements");
        return mongo.find(q, Product.class);
    }

    /** {@link #markPublished(String, long)} for many products in one round trip. */
    public void markPublished(Map<String, Long> versions) {
        if (versions.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Product.class);
        versions.forEach((id, version) -> bulk
                .updateOne(query(where("_id").is(id)), new Update().max("publishedVersion", version))
                .updateOne(query(where("_id").is(id).and("version").is(version)), new Update().set("pending", false)));
        bulk.execute();
    }

    /** Records that {@code version} is on Kafka; the product stays pending if it changed meanwhile. */
    public void markPublished(String id, long version) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().max("publishedVersion", version), Product.class);
        mongo.updateFirst(query(where("_id").is(id).and("version").is(version)), new Update().set("pending", false),
                Product.class);
    }

    /** The group's products take over its village, programme and status: a new version of each. */
    public long groupChanged(String groupId, String villageCode, Programme programme, boolean active, Instant at) {
        return mongo.updateMulti(query(where("groupId").is(groupId)),
                new Update().set("villageCode", villageCode).set("programme", programme).set("groupActive", active)
                        .set("updatedAt", at).inc("version", 1L).set("pending", true),
                Product.class).getModifiedCount();
    }

    /**
     * Applies one stock movement of {@code delta} to a SKU, at once and only once: the product must not yet have
     * {@code movementId}, and must match {@code guard} (e.g. enough stock). Raises the version.
     *
     * @return false when the guard did not hold or the movement was applied already
     */
    public boolean applyMovement(String productId, String sku, Criteria guard, long delta, long oversold,
            String movementId, Instant at) {
        List<Criteria> all = new ArrayList<>();
        all.add(where("_id").is(productId));
        all.add(where("variants.sku").is(sku));
        all.add(where("movements").ne(movementId));
        if (guard != null) {
            all.add(guard);
        }
        Update update = new Update().inc("stock." + sku, delta).inc("version", 1L).set("pending", true)
                .set("updatedAt", at);
        if (oversold != 0) {
            update.inc("oversold." + sku, oversold);
        }
        update.push("movements").slice(-Product.MOVEMENTS_KEPT).each(movementId);
        return mongo.updateFirst(query(new Criteria().andOperator(all)), update, Product.class)
                .getModifiedCount() == 1;
    }

    /**
     * Products (not archived) holding a certificate that expired before {@code today} and last written before
     * {@code writtenBefore}, ordered by id after {@code afterId}: the candidates whose snapshot may still call an
     * expired certificate valid. History and movements are left out.
     */
    public List<Product> withCertificateExpiredBefore(LocalDate today, Instant writtenBefore, String afterId,
            int limit) {
        Criteria criteria = where("archived").is(false).and("certifications.expiresOn").lt(today).and("updatedAt")
                .lt(writtenBefore);
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        Query q = query(criteria).with(Sort.by("_id")).limit(limit);
        q.fields().exclude("history").exclude("movements");
        return mongo.find(q, Product.class);
    }

    public boolean hasApplied(String productId, String movementId) {
        return mongo.exists(query(where("_id").is(productId).and("movements").is(movementId)), Product.class);
    }

    public long count(Filter filter) {
        return mongo.count(query(filter.criteria()), Product.class);
    }

    /** Which products a list shows; {@code visibleGroups} null means every group. */
    public record Filter(Collection<String> visibleGroups, String groupId, String categoryCode, Boolean archived) {

        Criteria criteria() {
            List<Criteria> all = new ArrayList<>();
            if (visibleGroups != null) {
                all.add(where("groupId").in(visibleGroups));
            }
            if (groupId != null) {
                all.add(where("groupId").is(groupId));
            }
            if (categoryCode != null) {
                all.add(where("categoryCode").is(categoryCode));
            }
            if (archived != null) {
                all.add(where("archived").is(archived));
            }
            return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
        }
    }
}
