package id.tenun.order.catalog.kafka;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.order.catalog.CatalogProjection;
import id.tenun.order.processing.OrderProcessor;

/** Thin: product and group snapshots into the projection; orders that waited for a SKU are placed once it is known. */
@Component
class CatalogListeners {

    private final CatalogProjection projection;

    private final OrderProcessor processor;

    CatalogListeners(CatalogProjection projection, OrderProcessor processor) {
        this.projection = projection;
        this.processor = processor;
    }

    @KafkaListener(id = "order-products", groupId = "#{@processingSettings.groupId()}", topics = Topics.PRODUCTS)
    void on(ProductChanged changed) {
        if (projection.productChanged(changed.product())) {
            processor.resolveWaiting(changed.product().variants().stream().map(ProductSnapshot.Variant::sku).toList());
        }
    }

    @KafkaListener(id = "order-groups", groupId = "#{@processingSettings.groupId()}", topics = Topics.GROUPS)
    void on(GroupChanged changed) {
        projection.groupChanged(changed.group());
    }
}
