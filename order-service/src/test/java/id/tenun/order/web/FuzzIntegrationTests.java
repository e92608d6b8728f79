package id.tenun.order.web;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import id.tenun.events.Channels;
import id.tenun.events.Topics;
import id.tenun.order.OrderServiceIntegrationTestSupport;
import id.tenun.testsupport.fuzz.CollectionDigests;
import id.tenun.testsupport.fuzz.FuzzReport;
import id.tenun.testsupport.fuzz.OpenApiFuzzer;
import id.tenun.testsupport.fuzz.TopicEndOffsets;

/**
 * Every operation of the order service's OpenAPI document, fuzzed as every caller (the webhooks unsigned): never a
 * server error, and a refused request stores (no document added, removed or edited) and publishes nothing.
 */
class FuzzIntegrationTests extends OrderServiceIntegrationTestSupport {

    @Autowired
    MongoTemplate mongo;

    String group;
    String other;
    String order;

    @BeforeEach
    void anOrderOfTheGroup() {
        group = unique("grp-fuzz");
        other = unique("grp-other");
        order = paidOrderOf(group);
    }

    @Test
    void neverAnswersAServerErrorAndARefusalChangesNothing() {
        TopicEndOffsets published = new TopicEndOffsets(Topics.ORDERS, Topics.MARKETPLACE_WEBHOOKS);
        FuzzReport report = OpenApiFuzzer.of("order service", port)
                .seed(14)
                .requestsPerOperation(20)
                .callers(group, other)
                .pathValues((path, name) -> switch (name) {
                    case "groupId" -> List.of(group, other);
                    case "id" -> List.of(order);
                    case "channel" -> List.of(Channels.SHOPEE, Channels.TOKOPEDIA, Channels.LAZADA);
                    default -> List.of();
                })
                .state(() -> List.of(CollectionDigests.of(mongo.getDb()), published.now()))
                .run();
        report.assertNoFailures();
    }
}
