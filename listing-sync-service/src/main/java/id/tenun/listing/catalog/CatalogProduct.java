package id.tenun.listing.catalog;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import id.tenun.events.EventJson;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;

/**
 * The newest product snapshot seen, kept as the event's own JSON (so the contract, not a second mapping, decides
 * its shape), for working out listings again when a rule or a group changes.
 */
@Document("products")
record CatalogProduct(@Id String productId, String groupId, long version, String event) {

    static CatalogProduct of(ProductChanged changed) {
        return new CatalogProduct(changed.productId(), changed.product().groupId(), changed.version(),
                EventJson.writeString(changed));
    }

    ProductSnapshot snapshot() {
        return EventJson.read(event, ProductChanged.class).product();
    }

}
