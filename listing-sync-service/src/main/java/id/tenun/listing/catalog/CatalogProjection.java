package id.tenun.listing.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import id.tenun.events.group.GroupChanged;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.ConnectionChanged;
import id.tenun.listing.connection.Connections;

/**
 * The catalog as listing sync sees it, and the desired listings that follow from it. Consuming never calls a
 * marketplace: a newer product or group version only records the desired state of each listing; an older or
 * duplicate version changes nothing. Connection changes work the group's listings out again. A product whose
 * listings cannot be worked out holds back no other product.
 */
@Service
public class CatalogProjection {

    private static final Logger log = LoggerFactory.getLogger(CatalogProjection.class);

    /** Products of a group worked out again together when a connection or the group changes. */
    private static final int REFRESH_CHUNK = 200;

    private final CatalogStore catalog;
    private final ListingRefresh refresh;
    private final Connections connections;

    CatalogProjection(CatalogStore catalog, ListingRefresh refresh, Connections connections) {
        this.catalog = catalog;
        this.refresh = refresh;
        this.connections = connections;
    }

    /**
     * Applies product versions (of a consumer batch), each if it is newer than the one seen: their listings are
     * worked out again in bulk, then the versions stored (where another consumer stored a newer one meanwhile, the
     * listings follow that one). A product whose listings cannot be worked out (a bug, a rule stored before rules
     * were checked) holds back no other: the batch is worked out again product by product, and the versions of those
     * that fail are not stored, so that they fail again when read again and a replay of their dead letters applies
     * them once the cause is fixed. Answers those that failed, by product id.
     */
    public Map<String, RuntimeException> productsChanged(Collection<ProductChanged> batch) {
        long start = System.nanoTime();
        CatalogStore.Newer newer = catalog.newer(batch);
        Map<String, RuntimeException> failed = refreshEach(newer.products(), null);
        // another consumer stored a newer version of some first (a rebalance): their listings follow that one
        refreshEach(catalog.store(newer, failed.keySet()), null).forEach((productId, e) -> log
                .warn("Listings of product {} not worked out again after a rebalance: {}", productId, e.toString()));
        log.debug("{} product changes, {} newer, {} failed, took {} ms", batch.size(), newer.changes().size(),
                failed.size(), (System.nanoTime() - start) / 1_000_000);
        return failed;
    }

    /** Applies a group version if newer; a pause or resume works its products' listings out again. */
    public boolean groupChanged(GroupChanged changed) {
        var group = changed.group();
        CatalogGroup before = catalog.group(group.groupId());
        if (before != null && before.version() >= group.version()) {
            return false;
        }
        if (!catalog.storeIfNewer(group)) {
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

    /** Works out again every listing of a group's products on the given connections, a chunk at a time. */
    private void refreshGroup(String groupId, List<Connection> on) {
        List<ProductSnapshot> products = catalog.productsOfGroup(groupId);
        for (int from = 0; from < products.size(); from += REFRESH_CHUNK) {
            refreshEach(products.subList(from, Math.min(from + REFRESH_CHUNK, products.size())), on)
                    .forEach((productId, e) -> log.warn("Listings of product {} of group {} not worked out again: {}",
                            productId, groupId, e.toString()));
        }
    }

    /**
     * Works out the products' listings again in bulk, or after a failure one product at a time, so that one that
     * fails holds back no other; answers those that failed, by product id.
     */
    private Map<String, RuntimeException> refreshEach(List<ProductSnapshot> products, List<Connection> on) {
        Map<String, RuntimeException> failed = new LinkedHashMap<>();
        try {
            refresh.refresh(products, on);
        } catch (RuntimeException bulk) {
            log.debug("Listings worked out one product at a time after a failure of {} together", products.size(),
                    bulk);
            for (ProductSnapshot product : products) {
                try {
                    refresh.refresh(List.of(product), on);
                } catch (RuntimeException e) {
                    failed.put(product.productId(), e);
                }
            }
        }
        return failed;
    }

}
