package id.tenun.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import id.tenun.marketplaces.ListingResult;
import id.tenun.marketplaces.MarketplaceCallFailed;
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
        return credentials(switch (channel) {
            case "tokopedia" -> TTS_SHOP;
            case "shopee" -> SHOPEE_SHOP;
            default -> LAZADA_SHOP;
        });
    }

    ShopCredentials ende(String channel) {
        return credentials(switch (channel) {
            case "tokopedia" -> TTS_LIMITED_SHOP;
            case "shopee" -> SHOPEE_LIMITED_SHOP;
            default -> LAZADA_LIMITED_SHOP;
        });
    }

    static String configuredRefreshToken(ShopCredentials shop) {
        return shop.accessToken().replace("-access-", "-refresh-");
    }

    /** A read of an item that does not exist, with another access token: refused for the item, or for the token. */
    ListingResult readWith(String channel, ShopCredentials shop, String accessToken) {
        ShopCredentials withToken = new ShopCredentials(shop.shopId(), shop.appKey(), shop.appSecret(), accessToken,
                shop.shopCipher(), shop.options());
        return marketplaces().listings(channel).read(withToken, "987654321").status();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
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
    @ValueSource(strings = {"tokopedia", "shopee", "lazada"})
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
