package id.tenun.listing.shop;

import java.net.URI;

import org.springframework.stereotype.Component;

import id.tenun.listing.connection.ShopAuthorizer;
import id.tenun.listing.connection.ShopSecrets;
import id.tenun.marketplaces.MarketplaceApp;
import id.tenun.marketplaces.MarketplaceCallFailed;
import id.tenun.marketplaces.ShopAuthorization;
import id.tenun.marketplaces.TokenGrant;

/**
 * A seller authorization through the channel's port, with Tenun's own app on the channel: the shop's credentials are
 * that app's key and secret and the tokens the seller's grant gave.
 */
@Component
class MarketplaceShopAuthorizer implements ShopAuthorizer {

    private final ShopClients clients;
    private final ChannelSettingsProperties settings;

    MarketplaceShopAuthorizer(ShopClients clients, ChannelSettingsProperties settings) {
        this.clients = clients;
        this.settings = settings;
    }

    @Override
    public URI authorizationUrl(String channel, String state, String redirectUrl) {
        return clients.auth(channel).authorizationUrl(app(channel), state, redirectUrl);
    }

    @Override
    public AuthorizedShop exchange(String channel, String code, String shopId) {
        MarketplaceApp app = app(channel);
        ShopAuthorization shop;
        try {
            shop = clients.auth(channel).exchange(app, code, shopId);
        } catch (MarketplaceCallFailed failed) {
            boolean refused = failed.kind() == MarketplaceCallFailed.Kind.REFUSED;
            throw new CodeExchangeFailed(refused, failed.getMessage());
        }
        TokenGrant tokens = shop.tokens();
        return new AuthorizedShop(shop.shopId(), shop.shopName(), new ShopSecrets(app.appKey(), app.appSecret(),
                tokens.accessToken(), tokens.refreshToken(), tokens.accessTokenExpiresAt(), shop.shopCipher(),
                shop.options(), tokens.refreshTokenExpiresAt()));
    }

    private MarketplaceApp app(String channel) {
        ChannelProperties properties = settings.channels().get(channel);
        if (properties == null) {
            throw new IllegalArgumentException("The channel " + channel + " is not configured");
        }
        return properties.app(channel);
    }
}
