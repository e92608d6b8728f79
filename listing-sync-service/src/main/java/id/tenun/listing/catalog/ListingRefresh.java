package id.tenun.listing.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import id.tenun.events.LocalizedText;
import id.tenun.events.listing.ListingError;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.connection.Connection;
import id.tenun.listing.connection.Connections;
import id.tenun.listing.state.Desired;
import id.tenun.listing.state.Intent;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.Listings;
import id.tenun.listing.sync.SyncSettings;

/**
 * Works out again the desired listings of products on their groups' connections and stores those that change, in
 * bulk: one read each of the connections, the groups and the products' listings, one write of what changes.
 * Listings of variants that are gone, or on a shop the group no longer uses on a channel, are delisted.
 */
@Component
class ListingRefresh {

    private static final ListingError VARIANT_REMOVED = new ListingError("VARIANT_REMOVED", null, new LocalizedText(
            "Varian ini sudah tidak ada di produk atau tokonya diganti, jadi diturunkan.",
            "This variant is no longer part of the product or the shop changed, so it was taken down."));

    private final CatalogStore catalog;
    private final Connections connections;
    private final Listings listings;
    private final DesiredListings desired;
    private final SyncSettings sync;
    private final Clock clock;

    ListingRefresh(CatalogStore catalog, Connections connections, Listings listings, CatalogSettings settings,
            SyncSettings sync, Clock clock) {
        this.catalog = catalog;
        this.connections = connections;
        this.listings = listings;
        this.desired = new DesiredListings(settings);
        this.sync = sync;
        this.clock = clock;
    }

    /** Refreshes the listings of {@code products} on the given connections ({@code on}), or all of theirs when null. */
    void refresh(List<ProductSnapshot> products, List<Connection> on) {
        if (products.isEmpty()) {
            return;
        }
        Set<String> groupIds = new HashSet<>();
        products.forEach(product -> groupIds.add(product.groupId()));
        Map<String, List<Connection>> connectionsOf = new HashMap<>();
        (on != null ? on : connections.ofGroups(groupIds))
                .forEach(c -> connectionsOf.computeIfAbsent(c.groupId(), g -> new ArrayList<>()).add(c));
        List<ProductSnapshot> connected = products.stream()
                .filter(product -> connectionsOf.containsKey(product.groupId())).toList();
        if (connected.isEmpty()) {
            return;
        }
        Set<String> paused = catalog.paused(groupIds);
        Map<String, List<Listing>> listed = new HashMap<>();
        listings.ofProducts(connected.stream().map(ProductSnapshot::productId).toList())
                .forEach(l -> listed.computeIfAbsent(l.productId(), p -> new ArrayList<>()).add(l));

        var now = clock.instant();
        ListingChanges changes = new ListingChanges(listings, now, sync.settle());
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

}
