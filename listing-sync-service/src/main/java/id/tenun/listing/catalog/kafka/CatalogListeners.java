package id.tenun.listing.catalog.kafka;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.product.ProductChanged;
import id.tenun.listing.catalog.CatalogProjection;

/**
 * Thin listeners: each record straight to the projection. They only record desired state, so they never wait for
 * a marketplace; a record that fails keeps failing goes to the dead-letter topic (the shared error handler).
 */
@Component
class CatalogListeners {

    private final CatalogProjection projection;

    CatalogListeners(CatalogProjection projection) {
        this.projection = projection;
    }

    @KafkaListener(id = "listing-sync-products", groupId = "${tenun.listing.consumers.group-id:listing-sync-service}",
            topics = Topics.PRODUCTS,
            concurrency = "${tenun.listing.consumers.concurrency:2}")
    void on(ProductChanged changed) {
        projection.productChanged(changed);
    }

    @KafkaListener(id = "listing-sync-groups", groupId = "${tenun.listing.consumers.group-id:listing-sync-service}",
            topics = Topics.GROUPS)
    void on(GroupChanged changed) {
        projection.groupChanged(changed);
    }

}
