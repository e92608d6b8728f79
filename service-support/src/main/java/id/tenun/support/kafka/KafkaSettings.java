package id.tenun.support.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service's listeners retry before a message goes to its dead-letter topic ({@code tenun.kafka.*}).
 *
 * @param retries attempts after the first before giving up on a message
 * @param initialBackOff wait before the first retry, doubled each time up to {@code maxBackOff}
 * @param maxBackOff the longest wait between two attempts
 */
@ConfigurationProperties("tenun.kafka")
public record KafkaSettings(@DefaultValue("3") int retries, @DefaultValue("500ms") Duration initialBackOff,
        @DefaultValue("5s") Duration maxBackOff) {
}
