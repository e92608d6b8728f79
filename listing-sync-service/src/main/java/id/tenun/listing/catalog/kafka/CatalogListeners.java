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
 * goes to the dead-letter topic after the records before it are applied (the shared error handler, told its index),
 * and so does a product that cannot be applied, while the other products of the batch are.
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
        Map<String, Integer> newest = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            if (!(records.get(i).value() instanceof ProductChanged changed)) {
                apply(records, newest);
                throw new BatchListenerFailedException("Not a readable product change", i);
            }
            newest.merge(changed.productId(), i, (a, b) -> version(records, b) >= version(records, a) ? b : a);
        }
        apply(records, newest);
    }

    /**
     * Applies the newest version of each product; when some cannot be applied, the first of them goes to the
     * dead-letter topic (after the shared handler's retries) and the records after it come again, where those applied
     * change nothing and the next that fails is told in turn.
     */
    private void apply(List<ConsumerRecord<String, TenunEvent>> records, Map<String, Integer> newest) {
        Map<String, RuntimeException> failed = projection.productsChanged(
                newest.values().stream().map(i -> (ProductChanged) records.get(i).value()).toList());
        newest.entrySet().stream().filter(product -> failed.containsKey(product.getKey()))
                .min(Map.Entry.comparingByValue()).ifPresent(first -> {
                    RuntimeException cause = failed.get(first.getKey());
                    throw new BatchListenerFailedException("Product " + first.getKey() + " could not be applied: "
                            + cause, cause, first.getValue());
                });
        newest.clear();
    }

    private static long version(List<ConsumerRecord<String, TenunEvent>> records, int index) {
        return ((ProductChanged) records.get(index).value()).version();
    }

    @KafkaListener(id = "listing-sync-groups", groupId = "#{__listener.settings().groupId()}", topics = Topics.GROUPS)
    void on(GroupChanged changed) {
        projection.groupChanged(changed);
    }

}
