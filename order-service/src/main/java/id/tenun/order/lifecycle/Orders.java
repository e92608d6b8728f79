package id.tenun.order.lifecycle;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import id.tenun.support.paging.PageRequest;

/** The order documents, with single-document conditional writes only (no transactions). */
@Repository
public class Orders {

    private final MongoTemplate mongo;

    public Orders(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(Order.class);
        indexes.createIndex(new Index().on("lines.dayBucket", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("lines.monthBucket", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("groupIds", Sort.Direction.ASC).on("createdAt", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("createdAt", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("rollupPending", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("unknownSkus", Sort.Direction.ASC));
    }

    public Optional<Order> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Order.class));
    }

    /** Stores a new order; false if one with its id exists already (another thread placed it first). */
    public boolean insert(Order order) {
        try {
            mongo.insert(order);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Replaces the order if it is still at {@code expectedVersion}; false if someone changed it meanwhile. */
    public boolean replace(Order order, long expectedVersion) {
        return mongo.replace(query(where("_id").is(order.id()).and("version").is(expectedVersion)), order)
                .getMatchedCount() == 1;
    }

    /** Marks the rollups refreshed and the events published, if the order is still at {@code version}. */
    public boolean settled(String id, long version, boolean rolledUp, boolean published) {
        Update update = new Update();
        if (rolledUp) {
            update.set("rollupPending", false);
        }
        if (published) {
            update.set("outbox", List.of());
        }
        return mongo.updateFirst(query(where("_id").is(id).and("version").is(version)), update, Order.class)
                .getMatchedCount() == 1;
    }

    /**
     * Orders whose rollups or events a crash may have left behind, unchanged since {@code before}; not the events
     * of an order held until one of its SKUs is known ({@link Order#eventsHeld()}).
     */
    public List<Order> withPendingWork(Instant before, int limit) {
        Query pending = query(new Criteria().orOperator(where("rollupPending").is(true),
                where("outbox.0").exists(true).and("groupIds.0").exists(true))
                .and("changedAt").lt(before)).limit(limit);
        return mongo.find(pending, Order.class);
    }

    /** Orders with a line whose SKU the catalog did not know, among {@code skus} (all of them if null). */
    public List<Order> waitingFor(Collection<String> skus) {
        Criteria criteria = where("unknownSkus").is(true);
        if (skus != null) {
            criteria = criteria.and("lines.sku").in(skus);
        }
        return mongo.find(query(criteria), Order.class);
    }

    public List<Order> search(OrderSearch search, PageRequest page) {
        return mongo.find(search.query().with(Sort.by(Sort.Direction.DESC, "createdAt")).skip(page.offset())
                .limit(page.size()), Order.class);
    }

    public long count(OrderSearch search) {
        return mongo.count(search.query(), Order.class);
    }

    /** Every matching order, newest first, streamed from a cursor (for exports: constant memory). */
    public Stream<Order> stream(OrderSearch search) {
        return mongo.stream(search.query().with(Sort.by(Sort.Direction.DESC, "createdAt")), Order.class);
    }

    /** Every order id (for a rebuild), streamed. */
    public Stream<Order> all() {
        return mongo.stream(new Query(), Order.class);
    }
}
