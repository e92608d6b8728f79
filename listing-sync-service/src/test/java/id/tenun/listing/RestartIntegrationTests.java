package id.tenun.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import id.tenun.events.listing.ListingState;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.Listings;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestInfrastructure;
import id.tenun.testsupport.TestTokens;

/**
 * Stops a second instance of the service in the middle of a sync (calls in flight, changes not yet pushed), sends
 * more changes while it is down, and starts it again on the same database: nothing pending is lost.
 */
class RestartIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Test
    void stoppingTheServiceMidSyncAndStartingItAgainLosesNoPendingChange() {
        String database = "restart_" + UUID.randomUUID().toString().substring(0, 8);
        String group = "grp-restart";
        SANDBOX.faults("tokopedia", "{\"delayMillis\":400}");
        SANDBOX.faults("shopee", "{\"delayMillis\":400}");
        SANDBOX.faults("lazada", "{\"delayMillis\":400}");
        List<ProductSnapshot> v1 = new ArrayList<>();
        ConfigurableApplicationContext first = start(database);
        try {
            RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port(first)).build();
            for (String channel : CHANNELS) {
                client.put().uri("/api/groups/{g}/connections/{c}", group, channel)
                        .header("Authorization", "Bearer " + TestTokens.staff())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(SandboxServer.connectionBody(channel, 1, null))
                        .exchange().expectStatus().isOk();
            }
            for (int i = 0; i < 10; i++) {
                ProductSnapshot p = product("prd-restart-" + i, group, 1, 30_000, 9);
                v1.add(p);
                publish(p);
            }
            Listings before = first.getBean(Listings.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> v1.stream()
                    .flatMap(p -> before.ofProduct(p.productId()).stream())
                    .anyMatch(l -> l.state() != ListingState.PENDING));
        } finally {
            first.close(); // mid-sync: calls in flight, most listings still pending
        }
        for (ProductSnapshot p : v1) {
            publish(withVersion(p, 2, 30_000, 3)); // sold elsewhere while we were down
        }
        SANDBOX.healAll();
        ConfigurableApplicationContext second = start(database);
        try {
            Listings after = second.getBean(Listings.class);
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
                for (ProductSnapshot p : v1) {
                    List<Listing> all = after.ofProduct(p.productId());
                    assertThat(all).hasSize(3).allSatisfy(l -> {
                        assertThat(l.state()).as(l.id()).isEqualTo(ListingState.LIVE);
                        assertThat(l.productVersion()).isEqualTo(2);
                        assertThat(l.needsWork()).isFalse();
                    });
                }
            });
            for (ProductSnapshot p : v1) {
                for (String channel : CHANNELS) {
                    assertThat(
                            SANDBOX.listing(channel, SandboxServer.shop(channel, 1), sku(p.productId())).path("stock")
                                    .asInt())
                            .as(channel + " " + p.productId()).isEqualTo(3);
                }
            }
            // each listing was created once: no duplicate item on any marketplace
            for (String channel : CHANNELS) {
                List<String> skus = new ArrayList<>();
                SANDBOX.listings(channel, SandboxServer.shop(channel, 1))
                        .forEach(l -> skus.add(l.path("sellerSku").asString()));
                assertThat(skus.stream().filter(s -> s.startsWith("PRD-RESTART-"))).as(channel).hasSize(10)
                        .doesNotHaveDuplicates();
            }
        } finally {
            second.close();
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start(String database) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--spring.kafka.bootstrap-servers=" + TestInfrastructure.get().kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + TestInfrastructure.get().mongoUri(), "--spring.mongodb.database=" + database,
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "--tenun.local-development=true", "--tenun.listing.consumers.group-id=listing-sync-" + database,
                "--management.metrics.use-global-registry=false"));
        for (Map.Entry<String, String> setting : testSettings(SANDBOX).entrySet()) {
            args.add("--" + setting.getKey() + "=" + setting.getValue());
        }
        return new SpringApplicationBuilder(ListingSyncApplication.class).run(args.toArray(String[]::new));
    }

}
