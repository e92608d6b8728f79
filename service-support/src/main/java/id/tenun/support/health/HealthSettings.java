package id.tenun.support.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The shared health indicators ({@code tenun.health.*}).
 *
 * @param kafkaTimeout how long the {@code kafka} indicator waits for the broker to describe its cluster before it
 *        reports the broker down
 */
@ConfigurationProperties("tenun.health")
public record HealthSettings(@DefaultValue("3s") Duration kafkaTimeout) {
}
