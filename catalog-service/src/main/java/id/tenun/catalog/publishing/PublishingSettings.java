package id.tenun.catalog.publishing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay ({@code tenun.catalog.publishing.*}).
 *
 * @param sweepInterval how often the relay looks for what is behind without being woken (after a crash, or
 *        while Kafka was away)
 * @param batchSize documents published per round
 * @param sendTimeout how long to wait for Kafka to acknowledge one round
 * @param retryBackOff first wait after a failed round, doubled up to {@code maxRetryBackOff}
 * @param maxRetryBackOff the longest wait between failed rounds
 * @param setAsideRetry first wait before a document that could not be published is tried again (unless it
 *        changes before), doubled up to {@code maxSetAsideRetry}
 * @param maxSetAsideRetry the longest wait between tries of a document set aside
 */
@ConfigurationProperties("tenun.catalog.publishing")
public record PublishingSettings(@DefaultValue("5s") Duration sweepInterval, @DefaultValue("200") int batchSize,
        @DefaultValue("15s") Duration sendTimeout, @DefaultValue("500ms") Duration retryBackOff,
        @DefaultValue("10s") Duration maxRetryBackOff, @DefaultValue("1m") Duration setAsideRetry,
        @DefaultValue("1h") Duration maxSetAsideRetry) {
}
