package id.tenun.listing.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.testsupport.SandboxServer;
import id.tenun.testsupport.TestTokens;

/**
 * An order of a shop no group holds is kept, never dropped and never read (its credentials are not Tenun's): staff see
 * it, and it is read for the group that connects the shop.
 */
class UnmatchedOrderIntegrationTests extends ShopOrderIntegrationTestSupport {

    @Test
    void keepsTheOrderOfAShopNoGroupHoldsAndReadsItWhenAGroupConnectsTheShop() {
        String shop = SandboxServer.shop("shopee", UNHELD_SHOP);
        SANDBOX.list("shopee", UNHELD_SHOP, "UNHELD-SHOPEE", 30_000, 10);
        String orderId = SANDBOX.order("shopee", UNHELD_SHOP, "UNHELD-SHOPEE", 1);
        pushed("shopee", UNHELD_SHOP, orderId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get()
                .uri("/api/shops/unmatched-orders?channel=shopee")
                .header("Authorization", "Bearer " + TestTokens.staff())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.externalOrderId == '" + orderId + "')].shopId").isEqualTo(shop)
                .jsonPath("$.items[?(@.externalOrderId == '" + orderId + "')].reason").isEqualTo("SHOP_NOT_CONNECTED"));
        assertThat(reads("shopee", UNHELD_SHOP, orderId)).isEmpty();
        http.get().uri("/api/shops/unmatched-orders")
                .header("Authorization", "Bearer " + TestTokens.groupMember("grp-unmatched"))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.status").isEqualTo(403).jsonPath("$.detail").isNotEmpty();
        http.get().uri("/api/shops/unmatched-orders?channel=tokobagus")
                .header("Authorization", "Bearer " + TestTokens.staff())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("channel");

        hold("grp-unmatched", "shopee", UNHELD_SHOP);

        assertThat(reads("shopee", UNHELD_SHOP, orderId)).singleElement().satisfies(read -> {
            assertThat(read.source()).isEqualTo("connected");
            assertThat(read.groupId()).isEqualTo("grp-unmatched");
            assertThat(read.lines()).containsExactly(new ShopOrderRead.Line("UNHELD-SHOPEE", 1, 30_000));
        });
        http.get().uri("/api/shops/unmatched-orders?channel=shopee")
                .header("Authorization", "Bearer " + TestTokens.staff())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.externalOrderId == '" + orderId + "')]").isEmpty();
    }

    @Test
    void keepsTheNextOrderOfADisconnectedShopUnread() {
        hold("grp-leaving", "lazada", UNHELD_SHOP);
        disconnect("grp-leaving", "lazada");
        SANDBOX.list("lazada", UNHELD_SHOP, "LEFT-LAZADA", 30_000, 10);
        String orderId = SANDBOX.order("lazada", UNHELD_SHOP, "LEFT-LAZADA", 1);
        pushed("lazada", UNHELD_SHOP, orderId);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.get()
                .uri("/api/shops/unmatched-orders?channel=lazada")
                .header("Authorization", "Bearer " + TestTokens.admin())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.externalOrderId == '" + orderId + "')].reason").isEqualTo("SHOP_NOT_CONNECTED"));
        assertThat(reads("lazada", UNHELD_SHOP, orderId)).isEmpty();
    }
}
