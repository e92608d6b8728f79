package id.tenun.events;

import java.time.Duration;
import java.util.Map;

/**
 * How a topic is declared, as plain data: services and the local stack turn it into their Kafka admin's
 * declaration (e.g. Spring Kafka's {@code TopicBuilder.name(n).partitions(p).configs(spec.configs())}).
 * The replication factor is the environment's business and not part of the contract.
 *
 * @param name the topic's name
 * @param partitions the number of partitions
 * @param compacted true for a log-compacted topic (the newest record per key is kept forever)
 * @param retention how long records are kept on a topic that is not compacted; null for a compacted one
 * @param eventType the events the topic carries; read them with {@code EventJson.read(bytes, eventType)}
 */
public record TopicSpec(String name, int partitions, boolean compacted, Duration retention,
        Class<? extends TenunEvent> eventType) {

    public TopicSpec {
        Checks.notBlank(name, "TopicSpec.name");
        Checks.positive(partitions, "TopicSpec.partitions");
        if (compacted && retention != null) {
            throw new IllegalArgumentException(
                    "TopicSpec.retention must be null for compacted topic " + name + ", was " + retention);
        }
        if (!compacted && (retention == null || retention.isNegative() || retention.isZero())) {
            throw new IllegalArgumentException(
                    "TopicSpec.retention must be positive for topic " + name + ", was " + retention);
        }
        Checks.notNull(eventType, "TopicSpec.eventType");
    }

    /** The dead-letter topic's name: {@code <name>.DLT}. */
    public String deadLetterName() {
        return Topics.deadLetterOf(name);
    }

    /**
     * The dead-letter topic for this one: as many partitions (a dead-letter publisher keeps the partition number),
     * never compacted (every poison record is kept, not only the last per key), kept for
     * {@link Topics#DEAD_LETTER_RETENTION}.
     */
    public TopicSpec deadLetter() {
        return new TopicSpec(deadLetterName(), partitions, false, Topics.DEAD_LETTER_RETENTION, eventType);
    }

    /**
     * The Kafka topic configs as strings: {@code cleanup.policy} and, for a topic that is not compacted,
     * {@code retention.ms}.
     */
    public Map<String, String> configs() {
        return compacted
                ? Map.of("cleanup.policy", "compact")
                : Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(retention.toMillis()));
    }

}
