package id.tenun.listing.connection;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a group connects its shop through the marketplace's seller authorization, and how other services learn which
 * group holds which shop ({@code tenun.listing.shops.*}).
 *
 * @param callbackUrl where the marketplaces send the seller back, without the channel (appended as the last path
 *        segment): it must be the redirect URL registered with each marketplace's app (the sandbox's default is
 *        {@code http://localhost:8082/shops/callback/{tokopedia,lazada}}; Shopee takes it in the link)
 * @param stateLifetime how long an authorization, once started, may come back (the marketplaces' own links and codes
 *        live 5 to 30 minutes)
 * @param republishInterval how often every connection is published again on {@code listing.shops.v1} (compacted:
 *        a record per shop; heals a change whose publishing failed, or a state set without an event, such as a token
 *        the marketplace refused to renew)
 */
@ConfigurationProperties("tenun.listing.shops")
public record ShopSettings(@DefaultValue("http://localhost:8082/shops/callback") URI callbackUrl,
        @DefaultValue("10m") Duration stateLifetime, @DefaultValue("10m") Duration republishInterval) {

    /** The callback of one channel. */
    public String callbackUrl(String channel) {
        String root = callbackUrl.toString();
        return (root.endsWith("/") ? root : root + "/") + channel;
    }
}
