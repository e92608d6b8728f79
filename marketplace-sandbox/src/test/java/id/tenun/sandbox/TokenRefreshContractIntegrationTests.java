package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.MarketplaceListings;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.TokenGrant;

/**
 * The token endpoints through the real adapters: a refresh issues an access token the seller API takes and a new
 * refresh token; the used refresh token is refused from then on; an issued access token is refused as expired after
 * the channel's lifetime (4 s in the contract profile), while the configured one never expires.
 */
class TokenRefreshContractIntegrationTests extends ContractTestSupport {

    /** The Kupang shop of each channel, with its configured credentials. */
    ShopCredentials kupang(String channel) {
        return shop(channel, true);
    }

    ShopCredentials ende(String channel) {
        return shop(channel, false);
    }

    private static ShopCredentials shop(String channel, boolean kupang) {
        String town = kupang ? "kupang" : "ende";
        return switch (channel) {
            case "tokopedia" -> new ShopCredentials(kupang ? TTS_SHOP : TTS_LIMITED_SHOP, "tenun-demo-tts",
                    "tenun-demo-tts-secret", "tts-demo-access-token-" + town,
                    kupang ? "ROW_tenunDemoKupang" : "ROW_tenunDemoEnde",
                    Map.of("warehouse_id", kupang ? "7495000000000000101" : "7495000000000000102"));
            case "shopee" -> new ShopCredentials(kupang ? SHOPEE_SHOP : SHOPEE_LIMITED_SHOP, "2001001",
                    "tenun-demo-shopee-partner-key", "shopee-demo-access-token-" + town, "",
                    Map.of("logistic_id", "80014"));
            default -> new ShopCredentials(kupang ? LAZADA_SHOP : LAZADA_LIMITED_SHOP, "100001",
                    "tenun-demo-lazada-secret", "lazada-demo-access-token-" + town, "");
        };
    }

    static String configuredRefreshToken(ShopCredentials shop) {
        return shop.accessToken().replace("-access-", "-refresh-");
    }

    /** The seller API, called with another access token. */
    MarketplaceListings listingsWith(String channel, ShopCredentials shop, String accessToken) {
        ShopCredentials withToken = new ShopCredentials(shop.shopId(), shop.appKey(), shop.appSecret(), accessToken,
                shop.shopCipher(), shop.options());
        String path = switch (channel) {
            case "tokopedia" -> "/tokopedia";
            case "shopee" -> "/shopee";
            default -> "/lazada/rest";
        };
        return Marketplaces.create(Map.of(Channel.of(channel), settings(base() + path, "", List.of(withToken))),
                Clock.systemUTC()).listings(channel);
    }

    /** A read of an item that does not exist: refused for the item, or for the token. */
    ListingResult readWith(String channel, ShopCredentials shop, String accessToken) {
        return listingsWith(channel, shop, accessToken).read(shop.shopId(), "987654321").status();
    }

    @ParameterizedTest
    @ValueSource(strings = { "tokopedia", "shopee", "lazada" })
    void aRefreshIssuesAWorkingTokenAndRotatesTheRefreshToken(String channel) {
        ShopCredentials shop = kupang(channel);
        Instant before = Instant.now();

        TokenGrant grant = marketplaces().auth(channel).refresh(shop, configuredRefreshToken(shop));

        assertThat(grant.accessToken()).isNotEqualTo(shop.accessToken());
        assertThat(grant.refreshToken()).isNotEqualTo(configuredRefreshToken(shop));
        assertThat(grant.accessTokenExpiresAt()).isBetween(before.plusSeconds(2), Instant.now().plusSeconds(5));
        assertThat(readWith(channel, shop, grant.accessToken()))
            .isNotInstanceOf(ListingResult.AuthenticationFailure.class);
        assertThatThrownBy(() -> marketplaces().auth(channel).refresh(shop, configuredRefreshToken(shop)))
            .isInstanceOfSatisfying(MarketplaceCallFailed.class, failed -> assertThat(failed.kind())
                .isIn(MarketplaceCallFailed.Kind.AUTHENTICATION, MarketplaceCallFailed.Kind.REFUSED));
        TokenGrant next = marketplaces().auth(channel).refresh(shop, grant.refreshToken());
        assertThat(next.refreshToken()).isNotEqualTo(grant.refreshToken());
    }

    @ParameterizedTest
    @ValueSource(strings = { "tokopedia", "shopee", "lazada" })
    void anIssuedAccessTokenIsRefusedAsExpiredAfterItsLifetimeWhileTheConfiguredOneStaysValid(String channel) {
        ShopCredentials shop = ende(channel);
        TokenGrant grant = marketplaces().auth(channel).refresh(shop, configuredRefreshToken(shop));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(
                () -> assertThat(readWith(channel, shop, grant.accessToken()))
                    .isInstanceOfSatisfying(ListingResult.AuthenticationFailure.class, failure -> assertThat(
                            failure.detail()).containsAnyOf("105002", "error_auth", "IllegalAccessToken")));
        assertThat(grant.accessTokenExpiresAt()).isBefore(Instant.now());
        assertThat(readWith(channel, shop, shop.accessToken()))
            .isNotInstanceOf(ListingResult.AuthenticationFailure.class);
        assertThat(readWith(channel, shop, "never-issued"))
            .isInstanceOf(ListingResult.AuthenticationFailure.class);
    }
}
