package id.tenun.listing.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.bson.Document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import id.tenun.events.LocalizedText;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.listing.ListingError;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.ConnectionChanged;
import id.tenun.listing.connection.Connections;
import id.tenun.listing.state.Desired;
import id.tenun.listing.state.Intent;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.Listings;
import id.tenun.listing.sync.SyncSettings;

/**
 * The catalog as listing sync sees it, and the desired listings that follow from it. Consuming never calls a
 * marketplace: a newer product or group version only records the desired state of each listing; an older or
 * duplicate version changes nothing. Connection changes work the group's listings out again.
 */
@Service
public class CatalogProjection {

    private static final Logger log = LoggerFactory.getLogger(CatalogProjection.class);

    private final MongoTemplate mongo;
    private final Connections connections;
    private final Listings listings;
    private final DesiredListings desired;
    private final SyncSettings sync;
    private final Clock clock;

    /** Products of a group worked out again together when a connection or the group changes. */
    private static final int REFRESH_CHUNK = 200;

    CatalogProjection(MongoTemplate mongo, Connections connections, Listings listings, CatalogSettings settings,
            SyncSettings sync, Clock clock) {
        this.mongo = mongo;
        this.connections = connections;
        this.listings = listings;
        this.desired = new DesiredListings(settings);
        this.sync = sync;
        this.clock = clock;
    }

    /** Applies a product version if it is newer than the one seen; answers whether it was. */
    public boolean productChanged(ProductChanged changed) {
        return productsChanged(List.of(changed)) == 1;
    }

    /**
     * Applies product versions (of a consumer batch), each if it is newer than the one seen; answers how many were.
     * In bulk: one read and one write of the products, one read each of their groups' connections, the groups and
     * the products' listings, one write of the listings that change.
     */
    public int productsChanged(Collection<ProductChanged> batch) {
        long start = System.nanoTime();
        List<ProductSnapshot> applied = store(batch);
        refresh(applied, null);
        log.debug("{} product changes, {} newer, took {} ms", batch.size(), applied.size(),
                (System.nanoTime() - start) / 1_000_000);
        return applied.size();
    }

    /** Stores the newer versions; answers their snapshots. */
    private List<ProductSnapshot> store(Collection<ProductChanged> batch) {
        Map<String, ProductChanged> newest = new LinkedHashMap<>();
        batch.forEach(changed -> newest.merge(changed.productId(), changed,
                (a, b) -> b.version() >= a.version() ? b : a));
        Map<String, Long> seen = versions(newest.keySet());
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CatalogProduct.class);
        List<ProductChanged> newer = new ArrayList<>();
        int replaces = 0;
        for (ProductChanged changed : newest.values()) {
            Long existing = seen.get(changed.productId());
            if (existing != null && existing >= changed.version()) {
                log.debug("Ignored product {} version {}: not newer", changed.productId(), changed.version());
                continue;
            }
            CatalogProduct product = CatalogProduct.of(changed);
            if (existing == null) {
                bulk.insert(product);
            } else {
                bulk.replaceOne(Query.query(Criteria.where("_id").is(product.productId()).and("version").is(existing)),
                        product);
                replaces++;
            }
            newer.add(changed);
        }
        if (newer.isEmpty()) {
            return List.of();
        }
        boolean allStored;
        try {
            allStored = bulk.execute().getMatchedCount() == replaces;
        } catch (BulkOperationException e) {
            allStored = false;
        }
        if (!allStored) {
            // another consumer (after a rebalance) stored some first: keep those whose version is the one stored
            Map<String, Long> stored = versions(newest.keySet());
            newer.removeIf(changed -> !Long.valueOf(changed.version()).equals(stored.get(changed.productId())));
        }
        return newer.stream().map(ProductChanged::product).toList();
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

    /** Applies a group version if newer; a pause or resume works its products' listings out again. */
    public boolean groupChanged(GroupChanged changed) {
        var group = changed.group();
        CatalogGroup before = mongo.findById(group.groupId(), CatalogGroup.class);
        if (before != null && before.version() >= group.version()) {
            return false;
        }
        Query olderOrNone = Query.query(Criteria.where("_id").is(group.groupId()).and("version").lt(group.version()));
        try {
            mongo.upsert(olderOrNone, new Update().set("version", group.version()).set("name", group.name())
                .set("status", group.status()), CatalogGroup.class);
        } catch (DuplicateKeyException e) {
            return false;
        }
        if (before == null || before.status() != group.status()) {
            refreshGroup(group.groupId(), connections.ofGroup(group.groupId()));
        }
        return true;
    }

    @EventListener
    void connectionChanged(ConnectionChanged changed) {
        Connection connection = changed.connection();
        refreshGroup(connection.groupId(), List.of(connection));
    }

    /** Works out again every listing of a group's products on the given connections. */
    public void refreshGroup(String groupId, List<Connection> on) {
        List<ProductSnapshot> chunk = new ArrayList<>();
        for (CatalogProduct product : mongo.find(Query.query(Criteria.where("groupId").is(groupId)),
                CatalogProduct.class)) {
            chunk.add(product.snapshot());
            if (chunk.size() == REFRESH_CHUNK) {
                refresh(chunk, on);
                chunk = new ArrayList<>();
            }
        }
        refresh(chunk, on);
    }

    /** The newest snapshot of a product, if any was seen. */
    public Optional<ProductSnapshot> product(String productId) {
        return Optional.ofNullable(mongo.findById(productId, CatalogProduct.class)).map(CatalogProduct::snapshot);
    }

    /**
     * Works out the listings of products on their groups' connections ({@code on}, or all of them when null) and
     * stores those that change, in bulk; what another writer changed meanwhile is applied again one by one. Listings
     * of variants that are gone, or on a shop the group no longer uses on a channel, are delisted.
     */
    private void refresh(List<ProductSnapshot> products, List<Connection> on) {
        if (products.isEmpty()) {
            return;
        }
        Set<String> groupIds = new HashSet<>();
        products.forEach(product -> groupIds.add(product.groupId()));
        Map<String, List<Connection>> connectionsOf = new HashMap<>();
        (on != null ? on : connections.ofGroups(groupIds))
            .forEach(c -> connectionsOf.computeIfAbsent(c.groupId(), g -> new ArrayList<>()).add(c));
        List<ProductSnapshot> connected = products.stream().filter(p -> connectionsOf.containsKey(p.groupId())).toList();
        if (connected.isEmpty()) {
            return;
        }
        Set<String> paused = new HashSet<>();
        mongo.find(Query.query(Criteria.where("_id").in(groupIds)), CatalogGroup.class).stream()
            .filter(CatalogGroup::paused).forEach(group -> paused.add(group.groupId()));
        Map<String, List<Listing>> listed = new HashMap<>();
        listings.ofProducts(connected.stream().map(ProductSnapshot::productId).toList())
            .forEach(l -> listed.computeIfAbsent(l.productId(), p -> new ArrayList<>()).add(l));

        var now = clock.instant();
        Changes changes = new Changes(now);
        for (ProductSnapshot product : connected) {
            List<Connection> its = connectionsOf.get(product.groupId());
            Map<String, Listing> current = new HashMap<>();
            listed.getOrDefault(product.productId(), List.of()).forEach(l -> current.put(l.id(), l));
            Set<String> skus = new HashSet<>();
            for (ProductSnapshot.Variant variant : product.variants()) {
                skus.add(variant.sku());
                for (Connection connection : its) {
                    Desired wanted = desired.of(product, variant, connection, paused.contains(product.groupId()));
                    String id = Listing.idOf(connection.channel(), connection.shopId(), variant.sku());
                    changes.desire(current.get(id), id, wanted, () -> Listing.wanted(product.productId(), variant.sku(),
                            product.groupId(), connection.channel(), connection.shopId(), connection.id(), wanted, now,
                            sync.settle()));
                }
            }
            for (Listing listing : current.values()) {
                for (Connection connection : its) {
                    boolean mine = listing.connectionId().equals(connection.id());
                    if (mine && (!skus.contains(listing.sku()) || !listing.shopId().equals(connection.shopId()))) {
                        changes.desire(listing, listing.id(), new Desired(Intent.DELIST, null, product.version(),
                                VARIANT_REMOVED), null);
                    }
                }
            }
        }
        changes.store();
    }

    /** Bulk writes of a refresh's listings before those that still race are written one by one. */
    private static final int BULK_ROUNDS = 3;

    private static final ListingError VARIANT_REMOVED = new ListingError("VARIANT_REMOVED", null, new LocalizedText(
            "Varian ini sudah tidak ada di produk atau tokonya diganti, jadi diturunkan.",
            "This variant is no longer part of the product or the shop changed, so it was taken down."));

    /** The listings a refresh changes, stored in one bulk write; what raced another writer is applied again. */
    private final class Changes {

        private final Instant now;
        private final Map<String, Listings.Write> writes = new LinkedHashMap<>();
        private final Map<String, Desired> wanted = new HashMap<>();
        private final Map<String, Listing> fresh = new HashMap<>();

        Changes(Instant now) {
            this.now = now;
        }

        /** {@code created} makes the listing when there is none (null: none is made, e.g. to delist). */
        void desire(Listing current, String id, Desired desire, Supplier<Listing> created) {
            Listing base = writes.containsKey(id) ? writes.get(id).next() : current;
            if (base != null) {
                Listing next = base.desire(desire, now, sync.settle());
                if (next != base) {
                    writes.put(id, new Listings.Write(current, next));
                    wanted.put(id, desire);
                }
            } else if (created != null && desire.intent() != Intent.DELIST) {
                Listing listing = created.get();
                writes.put(id, new Listings.Write(null, listing));
                wanted.put(id, desire);
                fresh.put(id, listing);
            }
        }

        /**
         * Writes in bulk; what raced another writer (a worker claiming or settling the listing) is read again in one
         * query and written again in bulk, a few rounds, and whatever still races after that one by one.
         */
        void store() {
            Map<String, Listings.Write> round = writes;
            for (int rounds = 0; rounds < BULK_ROUNDS && !round.isEmpty(); rounds++) {
                Set<String> raced = new HashSet<>(listings.storeAll(List.copyOf(round.values())));
                log.debug("{} listings written in bulk, {} raced another writer", round.size(), raced.size());
                round = new LinkedHashMap<>();
                for (Listing current : listings.withIds(raced)) {
                    Listing next = current.desire(wanted.get(current.id()), now, sync.settle());
                    if (next != current) {
                        round.put(current.id(), new Listings.Write(current, next));
                    }
                    raced.remove(current.id());
                }
                for (String id : raced) { // not stored at all: a new listing whose insert failed
                    if (fresh.containsKey(id)) {
                        round.put(id, new Listings.Write(null, fresh.get(id)));
                    }
                }
            }
            for (String id : round.keySet()) {
                Desired desire = wanted.get(id);
                if (listings.change(id, l -> l.desire(desire, now, sync.settle())).isEmpty() && fresh.containsKey(id)
                        && !listings.add(fresh.get(id))) {
                    listings.change(id, l -> l.desire(desire, now, sync.settle()));
                }
            }
        }
    }

}
