package id.tenun.support.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Sends a record that cannot be handled to its topic's dead-letter topic (the reason in headers), then says so: a
 * warning naming the record, its listener's consumer group and the reason, and one more in
 * {@code tenun_records_dead_lettered_total{topic, group}}, so that no record leaves quietly.
 */
final class CountedDeadLetters implements ConsumerAwareRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(CountedDeadLetters.class);

    /** The counter's name (Prometheus: {@code tenun_records_dead_lettered_total}). */
    static final String METRIC = "tenun.records.dead.lettered";

    private final DeadLetterPublishingRecoverer publisher;
    private final MeterRegistry meters;

    CountedDeadLetters(DeadLetterPublishingRecoverer publisher, MeterRegistry meters) {
        this.publisher = publisher;
        this.meters = meters;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        publisher.accept(record, consumer, exception);
        String group = consumer == null ? "unknown" : consumer.groupMetadata().groupId();
        log.warn("Record {}-{}@{} (key {}) of consumer group {} sent to the dead-letter topic: {}", record.topic(),
                record.partition(), record.offset(), record.key(), group, reason(exception));
        Counter.builder(METRIC).description("Records sent to a dead-letter topic, by topic and consumer group")
                .tag("topic", record.topic()).tag("group", group).register(meters).increment();
    }

    /** The innermost cause's type and message: what the listener could not do, not the container's wrapping. */
    static String reason(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
