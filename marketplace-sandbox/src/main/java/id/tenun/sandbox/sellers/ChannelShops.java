package id.tenun.sandbox.sellers;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import id.tenun.sandbox.core.ShopTokens;
import id.tenun.sandbox.core.Signatures;

/**
 * The shops a channel's stand-in serves, the configured ones and then those sellers opened on its authorization page,
 * and the tokens issued to them with the channel's lifetimes. Each stand-in has one, saying how an opened shop becomes
 * its own shop record.
 *
 * @param <S> the channel's shop record
 */
public abstract class ChannelShops<S extends ChannelShop> {

    private final String channel;

    private final List<S> configured;

    private final Function<SellerShops.Shop, S> asChannelShop;

    private final Duration accessTokenLifetime;

    private final Duration refreshTokenLifetime;

    private final SellerShops opened;

    private final ShopTokens tokens;

    /**
     * @param accessTokenLifetime the lifetime of an issued access token, null for the sandbox's default
     * @param refreshTokenLifetime the lifetime of an issued refresh token, null for the sandbox's default
     */
    protected ChannelShops(String channel, List<S> configured, Function<SellerShops.Shop, S> asChannelShop,
            Duration accessTokenLifetime, Duration refreshTokenLifetime, SellerShops opened, ShopTokens tokens) {
        this.channel = channel;
        this.configured = configured;
        this.asChannelShop = asChannelShop;
        this.accessTokenLifetime = accessTokenLifetime;
        this.refreshTokenLifetime = refreshTokenLifetime;
        this.opened = opened;
        this.tokens = tokens;
    }

    public String channel() {
        return channel;
    }

    public List<S> all() {
        return opened.withOpened(channel, configured, asChannelShop);
    }

    public List<String> ids() {
        return all().stream().map(ChannelShop::shopId).toList();
    }

    public Optional<S> byId(String shopId) {
        return all().stream().filter(shop -> shop.shopId().equals(shopId)).findFirst();
    }

    /** The shop whose configured access token this is, or to which the sandbox issued it (valid or expired). */
    public Optional<S> byAccessToken(String token) {
        return all().stream()
                .filter(candidate -> Signatures.matches(candidate.accessToken(), token)
                        || tokens.shopOf(channel, token).filter(candidate.shopId()::equals).isPresent())
                .findFirst();
    }

    /** The shop's configured access token is always valid; one the sandbox issued, until it expires. */
    public ShopTokens.Check check(S shop, String token) {
        return Signatures.matches(shop.accessToken(), token)
                ? ShopTokens.Check.VALID
                : tokens.check(channel, shop.shopId(), token);
    }

    /** A first grant to the shop, for an authorization code its seller gave. */
    public ShopTokens.Issued issue(String shopId) {
        return tokens.issue(channel, shopId, accessTokenLifetime, refreshTokenLifetime);
    }

    /** A grant for the presented refresh token of one of the shops; empty when it is none's current one. */
    public Optional<ShopTokens.Issued> refresh(List<S> shops, String presented) {
        Map<String, String> refreshTokens = new LinkedHashMap<>();
        shops.forEach(shop -> refreshTokens.put(shop.shopId(), shop.refreshToken()));
        return tokens.refresh(channel, refreshTokens, presented, accessTokenLifetime, refreshTokenLifetime);
    }

    /** The shop's name as its seller gave it; empty for a configured shop. */
    public Optional<String> openedName(String shopId) {
        return opened.find(channel, shopId).map(SellerShops.Shop::name);
    }
}
