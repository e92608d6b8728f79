package id.tenun.order.catalog.kafka;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.order.catalog.CatalogProjection;
import id.tenun.order.processing.OrderProcessor;
import id.tenun.order.processing.ProcessingSettings;

/** Thin: product and group snapshots into the projection; orders that waited for a SKU are placed once it is known. */
@Component
class CatalogListeners {

    private final CatalogProjection projection;

    private final OrderProcessor processor;

    private final ProcessingSettings settings;

    CatalogListeners(CatalogProjection projection, OrderProcessor processor, ProcessingSettings settings) {
        this.projection = projection;
        this.processor = processor;
        this.settings = settings;
    }

    /** The consumer settings, read by the listeners' annotations ({@code __listener} is this bean). */
    public ProcessingSettings settings() {
        return settings;
    }

    @KafkaListener(id = "order-products", groupId = "#{__listener.settings().groupId()}", topics = Topics.PRODUCTS)
    void on(ProductChanged changed) {
        if (projection.productChanged(changed.product())) {
            processor.resolveWaiting(changed.product().variants().stream().map(ProductSnapshot.Variant::sku).toList());
        }
    }

    @KafkaListener(id = "order-groups", groupId = "#{__listener.settings().groupId()}", topics = Topics.GROUPS)
    void on(GroupChanged changed) {
        projection.groupChanged(changed.group());
    }
}
