package id.tenun.order.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Webhook intake ({@code tenun.orders.intake.*}).
 *
 * @param maxBodySize the largest body taken; a bigger one is refused with 413 before it is read in full
 * @param appendTimeout how long to wait for Kafka's acknowledgement before answering 503
 */
@ConfigurationProperties("tenun.orders.intake")
public record IntakeSettings(@DefaultValue("64KB") DataSize maxBodySize, @DefaultValue("5s") Duration appendTimeout) {
}
