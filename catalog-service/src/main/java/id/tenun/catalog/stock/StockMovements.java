package id.tenun.catalog.stock;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.tenun.catalog.paging.PageOf;
import id.tenun.support.paging.PageRequest;

/** The stock ledger's entries; the id is unique, which makes each (order, line, kind) happen once. */
@Component
public class StockMovements {

    private final MongoTemplate mongo;

    StockMovements(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(StockMovement.class).createIndex(new Index().on("productId", Sort.Direction.ASC));
        mongo.indexOps(StockMovement.class).createIndex(new Index().on("orderId", Sort.Direction.ASC));
        mongo.indexOps(StockMovement.class).createIndex(new Index().on("state", Sort.Direction.ASC));
    }

    /** Records a new entry; empty when an entry with this id exists already (the existing one is returned). */
    public Optional<StockMovement> recordOrExisting(StockMovement movement) {
        try {
            mongo.insert(movement);
            return Optional.empty();
        } catch (DuplicateKeyException e) {
            return Optional.ofNullable(mongo.findById(movement.id(), StockMovement.class));
        }
    }

    /** Records new entries in one round trip; an entry whose id exists already is left as it is. */
    public void recordAllOrExisting(List<StockMovement> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            mongo.insert(batch, StockMovement.class);
        } catch (DataIntegrityViolationException | BulkOperationException e) {
            Query existing = query(where("_id").in(batch.stream().map(StockMovement::id).toList()));
            existing.fields().include("_id");
            Set<String> existed = mongo.find(existing, Document.class, mongo.getCollectionName(StockMovement.class))
                    .stream().map(d -> d.getString("_id")).collect(Collectors.toSet());
            List<StockMovement> rest = batch.stream().filter(m -> !existed.contains(m.id())).toList();
            if (!rest.isEmpty()) {
                mongo.insert(rest, StockMovement.class);
            }
        }
    }

    public void settle(StockMovement movement) {
        mongo.updateFirst(query(where("_id").is(movement.id())), new Update().set("state", movement.state())
                .set("applied", movement.applied()).set("oversold", movement.oversold()), StockMovement.class);
    }

    public Optional<StockMovement> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, StockMovement.class));
    }

    public List<StockMovement> ofOrderLine(String orderId, String lineId) {
        return mongo.find(query(where("orderId").is(orderId).and("lineId").is(lineId)), StockMovement.class);
    }

    public PageOf<StockMovement> ofProduct(String productId, PageRequest page) {
        Query q = query(where("productId").is(productId));
        long total = mongo.count(q, StockMovement.class);
        q.with(Sort.by(Sort.Direction.DESC, "at")).skip(page.offset()).limit(page.size());
        return new PageOf<>(mongo.find(q, StockMovement.class), page.page(), page.size(), total);
    }

    /** Entries a crash left half-done: recorded before {@code before} and still pending. */
    public List<StockMovement> pendingSince(Instant before, int limit) {
        return mongo.find(query(where("state").is(StockMovement.State.PENDING).and("at").lt(before)).limit(limit),
                StockMovement.class);
    }
}
