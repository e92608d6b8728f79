package id.tenun.listing.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import id.tenun.events.EventJson;
import id.tenun.events.Topics;
import id.tenun.events.shop.ShopConnectionChanged;
import id.tenun.events.shop.ShopConnectionChanged.ShopStatus;
import id.tenun.listing.ListingSyncIntegrationTestSupport;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestTokens;

/** Which group holds which shop goes out on the compacted {@code listing.shops.v1}, never with a secret. */
class ShopConnectionEventsIntegrationTests extends ListingSyncIntegrationTestSupport {

    @Test
    void publishesTheShopsOwnerWhenConnectedAndWhenDisconnectedWithoutASecret() {
        String shop = SandboxServer.shop("tokopedia", UNHELD_SHOP);
        connect("grp-shop-events", "tokopedia", UNHELD_SHOP, null);

        List<String> connected = awaitShopRecords(shop, ShopStatus.CONNECTED);
        ShopConnectionChanged event = EventJson.read(connected.get(connected.size() - 1), ShopConnectionChanged.class);
        assertThat(event.channel()).isEqualTo("tokopedia");
        assertThat(event.shopId()).isEqualTo(shop);
        assertThat(event.groupId()).isEqualTo("grp-shop-events");
        assertThat(String.join("\n", connected)).doesNotContainIgnoringCase("token")
                .doesNotContain(SandboxServer.TTS_APP_SECRET)
                .doesNotContain(SandboxServer.shopCipher(UNHELD_SHOP));

        http.delete().uri("/api/groups/{g}/connections/{c}", "grp-shop-events", "tokopedia")
                .header("Authorization", "Bearer " + TestTokens.staff())
                .exchange()
                .expectStatus().isNoContent();

        List<String> all = awaitShopRecords(shop, ShopStatus.DISCONNECTED);
        ShopConnectionChanged last = EventJson.read(all.get(all.size() - 1), ShopConnectionChanged.class);
        assertThat(last.status()).isEqualTo(ShopStatus.DISCONNECTED);
        assertThat(last.groupId()).isEqualTo("grp-shop-events");
        assertThat(last.held()).isFalse();
        assertThat(last.version()).isGreaterThan(event.version());
    }

    /** The records of the shop, once the newest has this status. */
    private static List<String> awaitShopRecords(String shop, ShopStatus status) {
        AtomicReference<List<String>> records = new AtomicReference<>(List.of());
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            records.set(recordsOn(Topics.SHOPS, ShopConnectionChanged.keyOf("tokopedia", shop)::equals));
            assertThat(records.get()).isNotEmpty();
            assertThat(EventJson.read(records.get().get(records.get().size() - 1), ShopConnectionChanged.class)
                    .status()).isEqualTo(status);
        });
        return records.get();
    }
}
