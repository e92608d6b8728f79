package id.tenun.listing.shop;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The marketplaces listing sync talks to, and how it protects itself and them ({@code tenun.listing.*}).
 *
 * @param channels per channel id ({@code tokopedia}, {@code shopee}, {@code lazada}): address, quota, timeouts
 * @param resilience the circuit breaker and pacing shared by every (channel, shop)
 * @param photosUrl where Tenun serves its own product photos (the catalog's public address): trusted when the
 *        adapters download photos to upload them, like each marketplace's own host; none by default
 */
@ConfigurationProperties("tenun.listing")
public record ChannelSettingsProperties(Map<String, ChannelProperties> channels,
        @DefaultValue Resilience resilience, URI photosUrl) {

    public ChannelSettingsProperties {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }

    /**
     * @param failureRatePercent the breaker opens when this share of the recent calls failed (outages only)
     * @param minimumCalls calls it needs before judging: low enough for a quiet shop
     * @param window the calls it judges
     * @param openFor how long it stays open before letting a few trial calls through
     * @param halfOpenCalls the trial calls
     * @param quotaHeadroom the share of the quota the limiter uses, so clock skew never crosses the marketplace's
     * @param maxInlineWait the longest a worker waits in memory for the shop's rate limiter; longer waits are durable
     */
    public record Resilience(@DefaultValue("50") int failureRatePercent, @DefaultValue("10") int minimumCalls,
            @DefaultValue("20") int window, @DefaultValue("30s") Duration openFor,
            @DefaultValue("3") int halfOpenCalls, @DefaultValue("0.8") double quotaHeadroom,
            @DefaultValue("2s") Duration maxInlineWait) {
    }

}
