package id.tenun.listing.catalog;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
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
import id.tenun.listing.listing.Desired;
import id.tenun.listing.listing.Intent;
import id.tenun.listing.listing.Listing;
import id.tenun.listing.listing.Listings;
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
        long start = System.nanoTime();
        try {
            return apply(changed);
        } finally {
            log.debug("Product {} version {} took {} ms", changed.productId(), changed.version(),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private boolean apply(ProductChanged changed) {
        Stored stored = store(changed);
        if (!stored.applied()) {
            log.debug("Ignored product {} version {}: not newer", changed.productId(), changed.version());
            return false;
        }
        refresh(changed.product(), connections.ofGroup(changed.product().groupId()), stored.skusChanged());
        return true;
    }

    private record Stored(boolean applied, boolean skusChanged) {
    }

    private Stored store(ProductChanged changed) {
        CatalogProduct product = CatalogProduct.of(changed);
        for (int attempt = 0; attempt < 10; attempt++) {
            CatalogProduct existing = mongo.findById(product.productId(), CatalogProduct.class);
            if (existing != null && existing.version() >= product.version()) {
                return new Stored(false, false);
            }
            try {
                if (existing == null) {
                    mongo.insert(product);
                    return new Stored(true, false);
                }
                Query unchanged = Query.query(Criteria.where("_id").is(product.productId()).and("version")
                    .is(existing.version()));
                if (mongo.replace(unchanged, product).getMatchedCount() == 1) {
                    return new Stored(true, !DesiredListings.skus(existing.snapshot()).equals(
                            DesiredListings.skus(changed.product())));
                }
            } catch (DuplicateKeyException e) {
                // another consumer stored it first: read again
            }
        }
        return new Stored(false, false);
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
        for (CatalogProduct product : mongo.find(Query.query(Criteria.where("groupId").is(groupId)),
                CatalogProduct.class)) {
            refresh(product.snapshot(), on, true);
        }
    }

    /** The newest snapshot of a product, if any was seen. */
    public Optional<ProductSnapshot> product(String productId) {
        return Optional.ofNullable(mongo.findById(productId, CatalogProduct.class)).map(CatalogProduct::snapshot);
    }

    private void refresh(ProductSnapshot product, List<Connection> on, boolean cleanUp) {
        CatalogGroup group = mongo.findById(product.groupId(), CatalogGroup.class);
        boolean groupPaused = group != null && group.paused();
        var now = clock.instant();
        for (Connection connection : on) {
            if (!connection.groupId().equals(product.groupId())) {
                continue;
            }
            for (ProductSnapshot.Variant variant : product.variants()) {
                Desired wanted = desired.of(product, variant, connection, groupPaused);
                String id = Listing.idOf(connection.channel(), connection.shopId(), variant.sku());
                if (listings.change(id, l -> l.desire(wanted, now, sync.settle())).isEmpty()
                        && wanted.intent() != Intent.DELIST) {
                    Listing fresh = Listing.wanted(product.productId(), variant.sku(), product.groupId(),
                            connection.channel(), connection.shopId(), connection.id(), wanted, now, sync.settle());
                    if (!listings.add(fresh)) {
                        listings.change(id, l -> l.desire(wanted, now, sync.settle()));
                    }
                }
            }
        }
        if (!cleanUp) {
            return;
        }
        // variants that are gone, and listings on a shop the group no longer uses on a channel
        Set<String> skus = new HashSet<>();
        product.variants().forEach(v -> skus.add(v.sku()));
        for (Listing listing : listings.ofProduct(product.productId())) {
            for (Connection connection : on) {
                boolean mine = listing.connectionId().equals(connection.id());
                if (mine && (!skus.contains(listing.sku()) || !listing.shopId().equals(connection.shopId()))) {
                    Desired gone = new Desired(Intent.DELIST, null, product.version(), new ListingError(
                            "VARIANT_REMOVED", null, new LocalizedText(
                                    "Varian ini sudah tidak ada di produk atau tokonya diganti, jadi diturunkan.",
                                    "This variant is no longer part of the product or the shop changed, so it was taken down.")));
                    listings.change(listing.id(), l -> l.desire(gone, now, sync.settle()));
                }
            }
        }
    }

}
