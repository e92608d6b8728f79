package id.tenun.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import id.tenun.events.TenunEvent;
import id.tenun.events.listing.ListingState;
import id.tenun.events.listing.ListingStatusChanged;
import id.tenun.support.kafka.EventDeserializer;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestInfrastructure;
import id.tenun.testsupport.TestTokens;

class StatusEventsIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Test
    void publishesEveryStateChangeOnListingStatusWithoutSecrets() {
        connect("grp-events", 1, null);
        publish(product("prd-events", "grp-events", 1, 10_000, 1));
        awaitSynced("prd-events", 1, ListingState.LIVE, Duration.ofSeconds(30));
        List<ListingStatusChanged> events = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(consumerProps(), new StringDeserializer(), new EventDeserializer())) {
            consumer.subscribe(List.of("listing.status.v1"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if ("prd-events".equals(record.key()) && record.value() instanceof ListingStatusChanged changed) {
                        events.add(changed);
                    }
                }
                for (String channel : CHANNELS) {
                    assertThat(events).filteredOn(e -> e.channel().equals(channel))
                            .extracting(ListingStatusChanged::state)
                            .contains(ListingState.PENDING, ListingState.LIVE);
                }
            });
        }
        for (String channel : CHANNELS) {
            List<ListingStatusChanged> ofChannel = events.stream().filter(e -> e.channel().equals(channel)).toList();
            ListingStatusChanged live = ofChannel.stream().filter(e -> e.state() == ListingState.LIVE).findFirst()
                    .orElseThrow();
            assertThat(live.externalId()).isNotBlank();
            assertThat(live.groupId()).isEqualTo("grp-events");
            assertThat(live.sku()).isEqualTo(sku("prd-events"));
            assertThat(live.version()).isGreaterThan(ofChannel.get(0).version());
        }
        assertThat(events.toString()).doesNotContain(SandboxServer.TTS_APP_SECRET)
                .doesNotContain(SandboxServer.SHOPEE_PARTNER_KEY).doesNotContain("test-token");
    }

    @Test
    void sendsAPoisonMessageToTheDeadLetterTopicWithTheReasonAndTheReplayToolFeedsItAgain() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers",
                TestInfrastructure.get().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("catalog.products.v1", key,
                    "{\"type\":\"product.changed\",\"nonsense\":true".getBytes(StandardCharsets.UTF_8))).get();
        }
        awaitDeadLetters(key, 1);
        http.post().uri("/api/dead-letters/catalog.products.v1/replay")
                .header("Authorization", "Bearer " + TestTokens.groupMember("grp-events"))
                .exchange().expectStatus().isForbidden();
        http.post().uri("/api/dead-letters/orders.v1/replay").header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isBadRequest();
        http.post().uri("/api/dead-letters/catalog.products.v1/replay")
                .header("Authorization", "Bearer " + TestTokens.staff())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.replayed").value(n -> assertThat((Integer) n)
                        .isGreaterThanOrEqualTo(1));
        // still poison: it is read again and lands on the dead-letter topic a second time, with its reason
        awaitDeadLetters(key, 2);
    }

    private static Map<String, Object> consumerProps() {
        return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
    }

    static {
        // the events' own type is what the consumer reads
        TenunEvent.class.getName();
    }

}
