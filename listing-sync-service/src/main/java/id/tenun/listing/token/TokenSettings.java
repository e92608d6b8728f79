package id.tenun.listing.token;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How shops' access tokens are kept alive ({@code tenun.listing.tokens.*}).
 *
 * @param enabled whether the refresher looks for tokens to renew (on-demand renewal after a refused call stays on)
 * @param refreshBefore renew an access token when less than this is left of it (Shopee's last 4 hours, TTS and
 *        Lazada days: an hour leaves room for a marketplace outage)
 * @param checkInterval how often the refresher looks for connections whose token is due
 * @param lease how long one instance holds the right to renew a connection's tokens (longer than a refresh call)
 * @param minRenewalInterval a call refused for its token renews the tokens at once, unless they were renewed less
 *        than this ago (then the refusal is not the token's age, and the listing shows the error)
 * @param retryAfterRenewal how soon a listing whose call was refused is tried again once new tokens are there (or
 *        being fetched by another worker)
 */
@ConfigurationProperties("tenun.listing.tokens")
public record TokenSettings(@DefaultValue("true") boolean enabled, @DefaultValue("1h") Duration refreshBefore,
        @DefaultValue("1m") Duration checkInterval, @DefaultValue("2m") Duration lease,
        @DefaultValue("1m") Duration minRenewalInterval, @DefaultValue("2s") Duration retryAfterRenewal) {
}
