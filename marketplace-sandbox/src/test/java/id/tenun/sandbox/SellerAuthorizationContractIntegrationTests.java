package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ListingDraft;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.testsupport.SellerOnTheSandbox;

/**
 * A seller on each channel's authorization page, played over HTTP: opens a shop and grants, the app exchanges the
 * code and gets tokens in the channel's own shape that the new shop's product calls take; refusals, used codes and
 * forged links are refused the channel's way; buyers order from the new shop and its webhooks carry its id.
 */
class SellerAuthorizationContractIntegrationTests extends ContractTestSupport {

    /** A shop a seller opened and granted, with what the app holds after the exchange. */
    record Connected(String channel, String shopId, ShopCredentials credentials, JsonNode exchange) {
    }

    SellerOnTheSandbox seller() {
        return new SellerOnTheSandbox(base());
    }

    static String nonce() {
        return UUID.randomUUID().toString();
    }

    /** A seller opens a shop on the channel's page, grants, and the app exchanges the code. */
    Connected connect(String channel, String sellerName) throws Exception {
        String nonce = nonce();
        Map<String, String> back = seller().grantNewShop(SellerOnTheSandbox.link(channel, nonce), sellerName,
                "Tenun " + sellerName);
        String shopId = back.get("shop_id");
        JsonNode exchange = seller().exchange(channel, back.get("code"), shopId);
        return switch (channel) {
            case "tokopedia" -> {
                String token = exchange.path("data").path("access_token").asString("");
                JsonNode shop = seller().ttsAuthorizedShops(token).path("data").path("shops").path(0);
                String id = shop.path("id").asString("");
                yield new Connected(channel, id, new ShopCredentials(id, "tenun-demo-tts", "tenun-demo-tts-secret",
                        token, shop.path("cipher").asString(""), Map.of("warehouse_id",
                                Long.toString(Long.parseLong(id) + 100))),
                        exchange);
            }
            case "shopee" -> new Connected(channel, shopId, new ShopCredentials(shopId, "2001001",
                    "tenun-demo-shopee-partner-key", exchange.path("access_token").asString(""), "",
                    Map.of("logistic_id", "80014")), exchange);
            default -> {
                String sellerId = exchange.path("country_user_info").path(0).path("seller_id").asString("");
                yield new Connected(channel, sellerId, new ShopCredentials(sellerId, "100001",
                        "tenun-demo-lazada-secret", exchange.path("access_token").asString(""), ""), exchange);
            }
        };
    }

    MarketplaceListings listings(Connected shop) {
        String path = switch (shop.channel()) {
            case "tokopedia" -> "/tokopedia";
            case "shopee" -> "/shopee";
            default -> "/lazada/rest";
        };
        return Marketplaces.create(Map.of(Channel.of(shop.channel()),
                settings(base() + path, RECEIVER.url(shop.channel()), List.of(shop.credentials()))),
                Clock.systemUTC()).listings(shop.channel());
    }

    /** A coffee created on the shop with its tokens, live once reviewed. */
    ListingDraft listed(Connected shop) throws Exception {
        ListingDraft draft = switch (shop.channel()) {
            case "tokopedia" -> coffee("600101", Map.of("100100", "biji kopi arabika"));
            case "shopee" -> coffee("100101", Map.of("100010", "biji kopi arabika"));
            default -> coffee("10101", Map.of("composition", "biji kopi arabika"));
        };
        ListingResult created = listings(shop).create(shop.credentials(), draft);
        assertThat(created).isInstanceOfAny(ListingResult.Accepted.class, ListingResult.PendingAudit.class);
        String id = created instanceof ListingResult.PendingAudit pending
                ? pending.externalId()
                : ((ListingResult.Accepted) created).externalId();
        assertThat(settled(() -> listings(shop).status(shop.credentials(), id)))
                .isEqualTo(new ListingResult.Accepted(id, true));
        return draft;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void aSellerOpensAShopAndGrantsAndTheAppGetsTheCodeBack(String channel) throws Exception {
        String link = SellerOnTheSandbox.link(channel, "n0nce-1");

        HttpResponse<String> page = seller().open(link);
        HttpResponse<String> signedIn = seller().post(link, "seller", "Ina Kupang");
        HttpResponse<String> granted = seller().post(link, "seller", "Ina Kupang", "new_shop", "Tenun Ina",
                "decision", "grant");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"", "name=\"seller\"").doesNotContain("<script");
        assertThat(signedIn.body()).contains("Signed in as <strong>Ina Kupang</strong>", "name=\"new_shop\"",
                "value=\"grant\"", "value=\"refuse\"");
        String location = SellerOnTheSandbox.location(granted);
        Map<String, String> back = SellerOnTheSandbox.redirect(granted);
        assertThat(location).startsWith(SellerOnTheSandbox.CALLBACK + channel + "?");
        switch (channel) {
            case "tokopedia" -> assertThat(back).containsOnlyKeys("code", "state").containsEntry("state", "n0nce-1");
            case "shopee" -> assertThat(back).containsOnlyKeys("nonce", "code", "shop_id")
                    .containsEntry("nonce", "n0nce-1");
            default -> assertThat(back).containsOnlyKeys("code", "state").containsEntry("state", "n0nce-1");
        }
        assertThat(back.get("code")).isNotBlank();
        assertThat(getJson("/sandbox/shops?channel=" + channel)).anySatisfy(shop -> {
            assertThat(shop.path("seller").asString("")).isEqualTo("Ina Kupang");
            assertThat(shop.path("name").asString("")).isEqualTo("Tenun Ina");
            assertThat(shop.path("configured").asBoolean()).isFalse();
            assertThat(shop.has("accessToken")).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void theExchangeAnswersInTheChannelsShapeAndTheTokensWorkOnTheNewShopsProducts(String channel) throws Exception {
        Instant before = Instant.now();

        Connected shop = connect(channel, "Maria Ende");

        JsonNode answer = shop.exchange();
        switch (channel) {
            case "tokopedia" -> {
                assertThat(answer.path("code").asLong(-1)).isZero();
                assertThat(answer.path("message").asString("")).isEqualTo("success");
                JsonNode data = answer.path("data");
                assertThat(data.path("access_token_expire_in").asLong()).isGreaterThan(before.getEpochSecond());
                assertThat(data.path("refresh_token_expire_in").asLong()).isGreaterThan(before.getEpochSecond());
                assertThat(data.path("refresh_token").asString("")).isNotBlank();
                assertThat(data.path("seller_name").asString("")).isEqualTo("Tenun Maria Ende");
                assertThat(data.path("seller_base_region").asString("")).isEqualTo("ID");
                assertThat(data.path("user_type").asInt(-1)).isZero();
                assertThat(data.path("granted_scopes").isArray()).isTrue();
                assertThat(shop.shopId()).startsWith("7495");
                assertThat(shop.credentials().shopCipher()).isNotBlank();
            }
            case "shopee" -> {
                assertThat(answer.path("error").asString("x")).isEmpty();
                assertThat(answer.path("message").asString("x")).isEmpty();
                assertThat(answer.path("expire_in").asLong()).isPositive();
                assertThat(answer.path("refresh_token").asString("")).isNotBlank();
                assertThat(answer.path("request_id").asString("")).isNotBlank();
            }
            default -> {
                assertThat(answer.path("code").asString("")).isEqualTo("0");
                assertThat(answer.path("expires_in").asLong()).isPositive();
                assertThat(answer.path("refresh_expires_in").asLong()).isPositive();
                assertThat(answer.path("country").asString("")).isEqualTo("id");
                assertThat(answer.path("account_platform").asString("")).isEqualTo("seller_center");
                assertThat(answer.path("account").asString("")).isNotBlank();
                JsonNode user = answer.path("country_user_info").path(0);
                assertThat(user.path("country").asString("")).isEqualTo("id");
                assertThat(user.path("user_id").asString("")).isNotBlank();
                assertThat(user.path("short_code").asString("")).isNotBlank();
            }
        }
        assertThat(shop.credentials().accessToken()).isNotBlank();
        listed(shop);
        assertThat(getJson("/sandbox/listings?channel=" + channel + "&shopId=" + shop.shopId())).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void buyersOrderFromTheNewShopAndItsWebhooksCarryItsId(String channel) throws Exception {
        Connected shop = connect(channel, "Yosef Sumba");
        ListingDraft draft = listed(shop);

        Map<String, Object> command = new HashMap<>();
        command.put("channel", channel);
        command.put("shopId", shop.shopId());
        JsonNode order = sendJson("POST", "/sandbox/buyers/orders", JSON.writeValueAsString(command));

        assertThat(order.path("shopId").asString("")).isEqualTo(shop.shopId());
        assertThat(order.path("lines").path(0).path("sellerSku").asString("")).isEqualTo(draft.sellerSku());
        String orderId = order.path("orderId").asString("");
        List<WebhookReceiver.Received> pushes = RECEIVER.await(
                push -> push.channel().equals(channel) && push.text().contains("\"" + orderId + "\""), 1);
        assertThat(pushes).isNotEmpty();
        assertThat(pushes.get(0).text()).contains(shop.shopId());
        assertThat(pushes.get(0).headers()).containsKey("Authorization");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void aRefusalSendsTheSellerBackWithoutACode(String channel) throws Exception {
        String link = SellerOnTheSandbox.link(channel, "n0nce-2");

        Map<String, String> back = SellerOnTheSandbox.redirect(seller().post(link, "seller", "Ina Kupang",
                "new_shop", "Never opened", "decision", "refuse"));

        switch (channel) {
            case "tokopedia" -> assertThat(back).containsOnly(Map.entry("code", "null"),
                    Map.entry("error", "access_denied"), Map.entry("state", "n0nce-2"));
            case "shopee" -> assertThat(back).containsOnly(Map.entry("nonce", "n0nce-2"),
                    Map.entry("error", "access_denied"));
            default -> assertThat(back).containsOnly(Map.entry("error", "access_denied"),
                    Map.entry("state", "n0nce-2"));
        }
        assertThat(getJson("/sandbox/shops")).noneSatisfy(
                shop -> assertThat(shop.path("name").asString("")).isEqualTo("Never opened"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
    void aCodeWorksOnlyOnce(String channel) throws Exception {
        Map<String, String> back = seller().grantNewShop(SellerOnTheSandbox.link(channel, nonce()), "Ani Alor",
                "Tenun Alor");
        seller().exchange(channel, back.get("code"), back.get("shop_id"));

        JsonNode again = seller().exchange(channel, back.get("code"), back.get("shop_id"));

        assertRefusedCode(channel, again);
    }

    static void assertRefusedCode(String channel, JsonNode answer) {
        switch (channel) {
            case "tokopedia" -> {
                assertThat(answer.path("code").asLong()).isEqualTo(36004004);
                assertThat(answer.path("message").asString("")).isEqualTo("invalid auth code");
            }
            case "shopee" -> assertThat(answer.path("error").asString("")).isEqualTo("invalid_code");
            default -> {
                assertThat(answer.path("type").asString("")).isEqualTo("ISP");
                assertThat(answer.path("code").asString("")).isEqualTo("InvalidCode");
                assertThat(answer.path("message").asString("")).isEqualTo("Invalid authorization code");
            }
        }
    }

    @Test
    void aShopeeCodeIsBoundToItsShop() throws Exception {
        Map<String, String> back = seller().grantNewShop(SellerOnTheSandbox.link("shopee", nonce()), "Ani Alor",
                "Tenun Pantar");

        JsonNode answer = seller().exchange("shopee", back.get("code"), SHOPEE_SHOP);

        assertThat(answer.path("error").asString("")).isEqualTo("invalid_shop_id");
    }

    @Test
    void aForgedOrStaleShopeeLinkIsRefusedAndOpensNothing() throws Exception {
        String redirect = SellerOnTheSandbox.CALLBACK + "shopee";
        long now = Instant.now().getEpochSecond();
        String forged = SellerOnTheSandbox.shopeeLink(now, "0".repeat(64), redirect);
        String stale = SellerOnTheSandbox.shopeeLink(now - 600, null, redirect);

        HttpResponse<String> opened = seller().open(forged);
        HttpResponse<String> posted = seller().post(forged, "seller", "Mallory", "new_shop", "Forged", "decision",
                "grant");
        HttpResponse<String> late = seller().open(stale);

        assertThat(opened.statusCode()).isEqualTo(400);
        assertThat(opened.body()).contains("error_sign");
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(late.statusCode()).isEqualTo(400);
        assertThat(late.body()).contains("expired");
        assertThat(getJson("/sandbox/shops")).noneSatisfy(
                shop -> assertThat(shop.path("seller").asString("")).isEqualTo("Mallory"));
    }

    @Test
    void aLazadaLinkWithAnotherRedirectUriIsRefused() throws Exception {
        HttpResponse<String> page = seller().open("/lazada/oauth/authorize?response_type=code&force_auth=true"
                + "&redirect_uri=" + SellerOnTheSandbox.encode("http://evil.example/cb") + "&client_id=100001");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("redirect_uri");
    }

    @Test
    void aSellerGrantsAgainForAShopOfTheirsButNotForAnothersShop() throws Exception {
        String link = SellerOnTheSandbox.link("tokopedia", nonce());
        Connected first = connect("tokopedia", "Rambu Waingapu");

        HttpResponse<String> signedIn = seller().post(link, "seller", "Rambu Waingapu");
        Map<String, String> back = SellerOnTheSandbox.redirect(seller().post(link, "seller", "Rambu Waingapu",
                "shop_id", first.shopId(), "decision", "grant"));
        HttpResponse<String> stranger = seller().post(link, "seller", "Stranger", "shop_id", first.shopId(),
                "decision", "grant");

        assertThat(signedIn.body()).contains("value=\"" + first.shopId() + "\"");
        JsonNode exchange = seller().exchange("tokopedia", back.get("code"), null);
        assertThat(seller().ttsAuthorizedShops(exchange.path("data").path("access_token").asString(""))
                .path("data").path("shops").path(0).path("id").asString("")).isEqualTo(first.shopId());
        assertThat(stranger.statusCode()).isEqualTo(400);
        assertThat(stranger.body()).contains("not one of your shops");
    }

    @Test
    void theLegacyTikTokShopLinkOpensThePageToo() throws Exception {
        HttpResponse<String> page = seller().open("/tokopedia/oauth/authorize?app_key=tenun-demo-tts&state=x");
        HttpResponse<String> unknown = seller().open("/tokopedia/open/authorize?service_id=1&state=x");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(400);
    }

    @Test
    void theConfiguredShopsStayListedAsConfigured() throws Exception {
        assertThat(getJson("/sandbox/shops?channel=shopee"))
                .anySatisfy(shop -> {
                    assertThat(shop.path("shopId").asString("")).isEqualTo(SHOPEE_SHOP);
                    assertThat(shop.path("configured").asBoolean()).isTrue();
                });
    }
}
