package id.tenun.listing;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import id.tenun.events.Channels;
import id.tenun.events.Topics;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.fuzz.CollectionDigests;
import id.tenun.testsupport.fuzz.FuzzReport;
import id.tenun.testsupport.fuzz.OpenApiFuzzer;
import id.tenun.testsupport.fuzz.TopicEndOffsets;

/**
 * Every operation of listing sync's OpenAPI document, fuzzed as every caller: never a server error, and a refused
 * request stores (no document added, removed or edited) and publishes nothing.
 */
class FuzzIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Autowired
    MongoTemplate mongo;

    String group;
    String listing;

    @BeforeEach
    void aConnectedGroupWithAListing() {
        group = "grp-fuzz-" + System.nanoTime();
        connect(group, Channels.SHOPEE, 1, null);
        String product = "prd-" + group;
        publish(product(product, group, 1, 10_000, 1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !listingsOf(product).isEmpty());
        listing = listingsOf(product).get(0).id();
    }

    @Test
    void neverAnswersAServerErrorAndARefusalChangesNothing() {
        TopicEndOffsets published = new TopicEndOffsets(Topics.LISTING_STATUS, Topics.SHOPS, Topics.SHOP_ORDERS);
        FuzzReport report = OpenApiFuzzer.of("listing sync", port)
                .seed(14)
                .requestsPerOperation(25)
                .callers(group, "grp-fuzz-other")
                .pathValues((path, name) -> switch (name) {
                    case "groupId" -> List.of(group, "grp-fuzz-other");
                    case "id" -> List.of(listing);
                    case "channel" -> List.of(Channels.SHOPEE, Channels.TOKOPEDIA, Channels.LAZADA);
                    case "topic" -> List.of(Topics.ORDERS, Topics.PRODUCTS);
                    default -> List.of();
                })
                .examples(Map.of("PUT /api/groups/{groupId}/connections/{channel}",
                        "{\"shopId\":\"" + SandboxServer.shop(Channels.SHOPEE, 1) + "\"}"))
                .state(() -> List.of(CollectionDigests.of(mongo.getDb()), published.now()))
                .run();
        report.assertNoFailures();
    }
}
