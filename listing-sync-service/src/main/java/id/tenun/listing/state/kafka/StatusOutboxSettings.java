package id.tenun.listing.state.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The status outbox's sweep ({@code tenun.listing.sync.publish-sweep}, beside the workers' settings it has always
 * been documented with).
 *
 * @param publishSweep how often listings whose status event is not yet out are published again
 */
@ConfigurationProperties("tenun.listing.sync")
public record StatusOutboxSettings(@DefaultValue("5s") Duration publishSweep) {
}
