package id.tenun.listing.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import id.tenun.events.Programme;
import id.tenun.events.group.GroupSnapshot;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.connection.GroupProducts;
import id.tenun.listing.state.GroupsByPlace;

/**
 * The stored copy of the catalog: the newest product and group versions seen. A write is conditional on the version
 * read, so an older or duplicate version, or one another consumer (after a rebalance) stored first, changes nothing.
 */
@Component
class CatalogStore implements GroupProducts, GroupsByPlace {

    private static final Logger log = LoggerFactory.getLogger(CatalogStore.class);

    private final MongoTemplate mongo;

    CatalogStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The product versions of a batch newer than the ones stored, with the versions stored when they were read. */
    record Newer(List<ProductChanged> changes, Map<String, Long> stored) {

        List<ProductSnapshot> products() {
            return changes.stream().map(ProductChanged::product).toList();
        }
    }

    /** The newest version of each product of a batch, if it is newer than the one stored. */
    Newer newer(Collection<ProductChanged> batch) {
        Map<String, ProductChanged> newest = new LinkedHashMap<>();
        batch.forEach(changed -> newest.merge(changed.productId(), changed,
                (a, b) -> b.version() >= a.version() ? b : a));
        Map<String, Long> stored = versions(newest.keySet());
        return new Newer(newest.values().stream().filter(changed -> {
            Long existing = stored.get(changed.productId());
            boolean newer = existing == null || existing < changed.version();
            if (!newer) {
                log.debug("Ignored product {} version {}: not newer", changed.productId(), changed.version());
            }
            return newer;
        }).toList(), stored);
    }

    /**
     * Stores the newer versions but those of {@code except} in one bulk write, each only over the version read, so
     * that a version another consumer (after a rebalance) stored meanwhile is kept; answers the products whose
     * version stored is such a newer one, to work their listings out again from it.
     */
    List<ProductSnapshot> store(Newer newer, Set<String> except) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CatalogProduct.class);
        Map<String, Long> written = new HashMap<>();
        int replaces = 0;
        for (ProductChanged changed : newer.changes()) {
            if (except.contains(changed.productId())) {
                continue;
            }
            CatalogProduct product = CatalogProduct.of(changed);
            Long existing = newer.stored().get(changed.productId());
            if (existing == null) {
                bulk.insert(product);
            } else {
                bulk.replaceOne(Query.query(Criteria.where("_id").is(product.productId()).and("version").is(existing)),
                        product);
                replaces++;
            }
            written.put(changed.productId(), changed.version());
        }
        if (written.isEmpty()) {
            return List.of();
        }
        try {
            if (bulk.execute().getMatchedCount() == replaces) {
                return List.of();
            }
        } catch (BulkOperationException e) {
            log.debug("{} product versions were stored first by another consumer", e.getErrors().size());
        }
        return mongo.find(Query.query(Criteria.where("_id").in(written.keySet())), CatalogProduct.class).stream()
                .filter(stored -> stored.version() > written.get(stored.productId()))
                .map(CatalogProduct::snapshot).toList();
    }

    private Map<String, Long> versions(Collection<String> productIds) {
        Query query = Query.query(Criteria.where("_id").in(productIds));
        query.fields().include("_id", "version");
        Map<String, Long> versions = new HashMap<>();
        for (Document product : mongo.find(query, Document.class, "products")) {
            versions.put(product.get("_id").toString(), ((Number) product.get("version")).longValue());
        }
        return versions;
    }

    /** The group as last stored, or null when none was seen. */
    CatalogGroup group(String groupId) {
        return mongo.findById(groupId, CatalogGroup.class);
    }

    /** Stores a group version unless one as new is stored already; answers whether it stored it. */
    boolean storeIfNewer(GroupSnapshot group) {
        Query olderOrNone = Query.query(Criteria.where("_id").is(group.groupId()).and("version").lt(group.version()));
        try {
            mongo.upsert(olderOrNone, new Update().set("version", group.version()).set("name", group.name())
                    .set("status", group.status()).set("regencyCode", group.regencyCode())
                    .set("programme", group.programme()), CatalogGroup.class);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public Set<String> matching(String regencyCode, Programme programme) {
        Criteria criteria = new Criteria();
        if (regencyCode != null) {
            criteria.and("regencyCode").is(regencyCode);
        }
        if (programme != null) {
            criteria.and("programme").is(programme);
        }
        Query query = Query.query(criteria);
        query.fields().include("_id");
        Set<String> found = new HashSet<>();
        mongo.find(query, Document.class, "groups").forEach(group -> found.add(group.get("_id").toString()));
        return found;
    }

    /** Which of these groups are paused. */
    Set<String> paused(Collection<String> groupIds) {
        Set<String> paused = new HashSet<>();
        mongo.find(Query.query(Criteria.where("_id").in(groupIds)), CatalogGroup.class).stream()
                .filter(CatalogGroup::paused).forEach(group -> paused.add(group.groupId()));
        return paused;
    }

    @Override
    public Set<String> ofGroup(String groupId, Collection<String> productIds) {
        Query query = Query.query(Criteria.where("_id").in(productIds).and("groupId").is(groupId));
        query.fields().include("_id");
        Set<String> found = new HashSet<>();
        mongo.find(query, Document.class, "products").forEach(product -> found.add(product.get("_id").toString()));
        return found;
    }

    /** The stored products of a group, in one query. */
    List<ProductSnapshot> productsOfGroup(String groupId) {
        return mongo.find(Query.query(Criteria.where("groupId").is(groupId)), CatalogProduct.class).stream()
                .map(CatalogProduct::snapshot).toList();
    }

}
