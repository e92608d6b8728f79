package id.tenun.listing.catalog.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.product.ProductChanged;
import id.tenun.listing.catalog.CatalogProjection;

/**
 * Thin listeners, each record straight to the projection. Products come in batches, applied together (the projection
 * reads and writes a batch in bulk), and of several versions of one product in a batch only the newest is applied
 * (snapshots: the newest says it all), so a burst of changes becomes one desired state. A record that cannot be read
 * goes to the dead-letter topic after the records before it are applied (the shared error handler, told its index).
 */
@Component
class CatalogListeners {

    private final CatalogProjection projection;
    private final ConsumerSettings settings;

    CatalogListeners(CatalogProjection projection, ConsumerSettings settings) {
        this.projection = projection;
        this.settings = settings;
    }

    /** The consumer settings, read by the listeners' annotations ({@code __listener} is this bean). */
    public ConsumerSettings settings() {
        return settings;
    }

    @KafkaListener(id = "listing-sync-products", groupId = "#{__listener.settings().groupId()}", topics = Topics.PRODUCTS, batch = "true", concurrency = "#{__listener.settings().concurrency()}")
    void onProducts(List<ConsumerRecord<String, TenunEvent>> records) {
        Map<String, ProductChanged> newest = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (!(records.get(i).value() instanceof ProductChanged changed)) {
                apply(newest);
                throw new BatchListenerFailedException("Not a readable product change", i);
            }
            newest.merge(changed.productId(), changed, (a, b) -> b.version() >= a.version() ? b : a);
        }
        apply(newest);
    }

    private void apply(Map<String, ProductChanged> newest) {
        projection.productsChanged(List.copyOf(newest.values()));
        newest.clear();
    }

    @KafkaListener(id = "listing-sync-groups", groupId = "#{__listener.settings().groupId()}", topics = Topics.GROUPS)
    void on(GroupChanged changed) {
        projection.groupChanged(changed);
    }

}
