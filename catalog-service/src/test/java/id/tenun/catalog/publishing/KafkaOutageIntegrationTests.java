package id.tenun.catalog.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

import id.tenun.catalog.Api;
import id.tenun.catalog.Api.Reply;
import id.tenun.catalog.Eventually;
import id.tenun.catalog.Fixtures;
import id.tenun.catalog.Published;
import id.tenun.catalog.product.Product;
import id.tenun.catalog.product.Products;
import id.tenun.events.Topics;
import id.tenun.testsupport.RestartableKafkaBroker;
import id.tenun.testsupport.TestInfrastructure;
import id.tenun.testsupport.TestTokens;

/**
 * Kafka goes away while the catalog keeps taking writes, then comes back: every change ends up published at its
 * latest version, none lost. Uses a broker of its own, never the shared one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "tenun.catalog.publishing.sweep-interval=1s", "tenun.catalog.publishing.max-retry-back-off=2s",
        "spring.kafka.listener.auto-startup=false"})
@ContextConfiguration(initializers = KafkaOutageIntegrationTests.OwnBroker.class)
@DirtiesContext
class KafkaOutageIntegrationTests {

    static final RestartableKafkaBroker BROKER = new RestartableKafkaBroker(Topics.allWithDeadLetters().stream()
            .map(spec -> new NewTopic(spec.name(), spec.partitions(), (short) 1).configs(spec.configs())).toList());

    @LocalServerPort
    int port;

    @Autowired
    Products products;

    @AfterAll
    static void stopBroker() {
        BROKER.stop();
    }

    @Test
    void publishesAllHundredChangesMadeWhileKafkaWasDownOnceItIsBack() throws Exception {
        Api api = new Api(port);
        String groupId = api.post(TestTokens.staff(), "/api/groups", Fixtures.group("Kelompok Tenun Watublapi")).id();
        Map<String, String> etags = new HashMap<>();
        Map<String, String> skus = new HashMap<>();
        try (Published before = new Published(BROKER.bootstrapServers())) {
            for (int i = 0; i < 10; i++) {
                Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId));
                etags.put(created.id(), created.etag());
                skus.put(created.id(), created.json().path("variants").get(0).path("sku").asString());
            }
            etags.keySet().forEach(id -> before.product(id, 1));
        }

        BROKER.stop();
        int writes = 0;
        List<String> ids = new ArrayList<>(etags.keySet());
        for (int i = 0; i < 10; i++, writes++) {
            Reply created = api.post(TestTokens.staff(), "/api/products", Fixtures.sarung(groupId));
            assertThat(created.status()).isEqualTo(201);
            etags.put(created.id(), created.etag());
            skus.put(created.id(), created.json().path("variants").get(0).path("sku").asString());
            ids.add(created.id());
        }
        for (int round = 0; writes < 100; round++) {
            for (String id : ids) {
                if (writes == 100) {
                    break;
                }
                Map<String, Object> body = Fixtures.sarung(groupId);
                body.put("name",
                        "Sarung Tenun Ikat Sikka edisi " + round + " " + UUID.randomUUID().toString().substring(0, 4));
                Map<String, Object> variant = Fixtures.variant(Map.of("warna", "merah mengkudu"), 1_000_000 + round, 5);
                variant.put("sku", skus.get(id));
                body.put("variants", List.of(variant));
                Reply updated = api.put(TestTokens.staff(), "/api/products/" + id, body, etags.get(id));
                assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
                etags.put(id, updated.etag());
                writes++;
            }
        }
        assertThat(writes).isEqualTo(100);
        Thread.sleep(1500); // the relay tries, fails, backs off
        assertThat(ids).allSatisfy(id -> assertThat(products.byId(id).orElseThrow().pending()).isTrue());

        BROKER.start();
        try (Published after = new Published(BROKER.bootstrapServers())) {
            for (String id : ids) {
                Product stored = products.byId(id).orElseThrow();
                assertThat(after.product(id, stored.version()).product().name()).isEqualTo(stored.name());
            }
            Eventually.holds(() -> ids.stream().noneMatch(id -> products.byId(id).orElseThrow().pending()),
                    "every product marked published", Duration.ofSeconds(30));
            for (String id : ids) {
                long latest = products.byId(id).orElseThrow().version();
                assertThat(after.products(id)).allSatisfy(e -> assertThat(e.version()).isLessThanOrEqualTo(latest));
            }
        }
    }

    static class OwnBroker implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ownBroker", Map.of(
                    "spring.kafka.bootstrap-servers", BROKER.bootstrapServers(),
                    "spring.mongodb.uri", TestInfrastructure.get().mongoUri(),
                    "spring.mongodb.database", "outage_" + UUID.randomUUID().toString().substring(0, 8),
                    "spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation())));
        }
    }
}
