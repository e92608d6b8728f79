package id.tenun.listing.catalog.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

import id.tenun.events.Programme;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.catalog.CatalogProjection;

class CatalogListenersUnitTests {

    private final CatalogProjection projection = mock(CatalogProjection.class);
    private final CatalogListeners listeners = new CatalogListeners(projection,
            new ConsumerSettings("listing-sync-service", 1));

    @Test
    void appliesTheNewestVersionOfEachProductOfTheBatchTogether() {
        when(projection.productsChanged(any())).thenReturn(Map.of());

        listeners.onProducts(records(change("p-1", 1), change("p-2", 1), change("p-1", 2)));

        verify(projection).productsChanged(argThat(batch -> batch.stream()
                .map(changed -> changed.productId() + "@" + changed.version()).toList()
                .equals(List.of("p-1@2", "p-2@1"))));
    }

    @Test
    void pointsTheErrorHandlerAtTheFirstRecordThatCouldNotBeAppliedWithItsReason() {
        ArithmeticException overflow = new ArithmeticException("long overflow");
        when(projection.productsChanged(any())).thenAnswer(call -> {
            Collection<ProductChanged> batch = call.getArgument(0);
            assertThat(batch).extracting(ProductChanged::productId).containsExactly("p-1", "p-2", "p-3");
            return Map.of("p-3", new IllegalStateException("later"), "p-2", overflow);
        });

        assertThatThrownBy(() -> listeners.onProducts(records(change("p-1", 1), change("p-2", 1), change("p-3", 1),
                change("p-2", 2)))).isInstanceOfSatisfying(BatchListenerFailedException.class, e -> {
                    // p-2's newest version is the fourth record; p-3's (third) fails too and comes first
                    assertThat(e.getIndex()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("p-3", "later");
                });
    }

    @Test
    void appliesTheRecordsBeforeOneThatCannotBeReadThenPointsAtIt() {
        when(projection.productsChanged(any())).thenReturn(Map.of());

        assertThatThrownBy(() -> listeners.onProducts(records(change("p-1", 1), null, change("p-2", 1))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        e -> assertThat(e.getIndex()).isEqualTo(1));
        verify(projection).productsChanged(argThat(batch -> batch.size() == 1
                && batch.iterator().next().productId().equals("p-1")));
    }

    private static List<ConsumerRecord<String, TenunEvent>> records(TenunEvent... events) {
        List<ConsumerRecord<String, TenunEvent>> records = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            records.add(new ConsumerRecord<>(Topics.PRODUCTS, 0, i, "key-" + i, events[i]));
        }
        return records;
    }

    private static ProductChanged change(String productId, long version) {
        return ProductChanged.of(new ProductSnapshot(productId, "grp-1", version, "Sarung " + productId, "Tenun.",
                "tekstil.tenun-ikat", Map.of(), true, "benang kapas", 800, new ProductSnapshot.Dimensions(35, 25, 5),
                List.of(), 1, ProductSnapshot.Condition.NEW,
                List.of(new ProductSnapshot.Variant(productId.toUpperCase() + "-SKU", Map.of(), 1000, 1)), List.of(),
                true, List.of(), "53.07.03.2005", Programme.OVOP, false, Instant.now()));
    }
}
