package id.tenun.order.polling;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The polling backstop ({@code tenun.orders.polling.*}).
 *
 * @param enabled whether to poll at all
 * @param interval the wait between two passes over the connected shops
 * @param firstLookBack how far back the first pass of a shop looks
 * @param overlap how far before the cursor each pass starts again (clock skew, late writes); re-seen orders change
 * nothing
 */
@ConfigurationProperties("tenun.orders.polling")
public record PollingSettings(@DefaultValue("true") boolean enabled, @DefaultValue("2m") Duration interval,
        @DefaultValue("1d") Duration firstLookBack, @DefaultValue("2m") Duration overlap) {
}
