package id.tenun.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import id.tenun.events.Topics;
import id.tenun.events.listing.ListingState;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;

/**
 * A product that cannot be applied (its price overflows the connection's price rule) holds back no other product of
 * its batch, of its group or another: it goes to the dead-letter topic with its reason, counted, and its version is
 * not stored, so a replay after the cause is fixed applies it.
 */
class PoisonProductIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void aProductThatCannotBeAppliedGoesToTheDeadLetterTopicWhileTheOthersOfItsBatchAreListed() {
        connect("grp-poison", 1, null);
        connect("grp-beside", 1, null);
        double before = deadLettered();
        List<ProductSnapshot> batch = List.of(product("prd-poison-before", "grp-poison", 1, 90_000, 5),
                product("prd-poison", "grp-poison", 1, Long.MAX_VALUE, 5),
                product("prd-poison-after", "grp-poison", 1, 95_000, 4),
                product("prd-poison-neighbour", "grp-beside", 1, 120_000, 3));
        // one partition, sent at once: read in one batch, the poison between the others
        CompletableFuture.allOf(batch.stream().map(product -> kafka.send(Topics.PRODUCTS, 0, product.productId(),
                ProductChanged.of(product))).toArray(CompletableFuture[]::new)).join();

        for (String productId : List.of("prd-poison-before", "prd-poison-after", "prd-poison-neighbour")) {
            awaitSynced(productId, 1, ListingState.LIVE, Duration.ofSeconds(30));
        }
        assertThat(awaitDeadLetters("prd-poison", 1).get(0)).contains("prd-poison", "ArithmeticException");
        assertThat(listingsOf("prd-poison")).isEmpty();
        assertThat(mongo.exists(Query.query(Criteria.where("_id").is("prd-poison")), "products")).isFalse();
        await().atMost(Duration.ofSeconds(5)).until(() -> deadLettered() >= before + 1);
    }

    private double deadLettered() {
        Counter counter = meters.find("tenun.records.dead.lettered").tag("topic", Topics.PRODUCTS).counter();
        return counter == null ? 0 : counter.count();
    }
}
