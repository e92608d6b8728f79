package id.tenun.listing.deadletter.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Service;

import id.tenun.events.Topics;

/**
 * The replay tool: re-feeds what landed on a dead-letter topic this service consumes ({@code catalog.products.v1.DLT},
 * {@code catalog.groups.v1.DLT}) to its topic, bytes and key as they were, without the dead-letter headers. It reads
 * with a consumer group of its own, so each dead letter is replayed once; run it after the cause was fixed. A
 * record that still fails goes back to the dead-letter topic with the reason.
 */
@Service
public class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);

    /** The topics whose dead letters this service may replay: the ones it consumes. */
    public static final Set<String> TOPICS = Set.of(Topics.PRODUCTS, Topics.GROUPS);

    private final KafkaProperties kafka;

    DeadLetterReplay(KafkaProperties kafka) {
        this.kafka = kafka;
    }

    /** Replays up to {@code max} dead letters of {@code topic}; answers how many. */
    public Replayed replay(String topic, int max) {
        if (!TOPICS.contains(topic)) {
            throw new IllegalArgumentException("topic must be one of " + TOPICS + ", was " + topic);
        }
        String deadLetters = Topics.deadLetterOf(topic);
        Map<String, Object> consumerProps = kafka.buildConsumerProperties();
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "listing-sync-replay-" + topic);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerProps.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.max(1, Math.min(max, 500)));
        consumerProps.remove(ConsumerConfig.FETCH_MIN_BYTES_CONFIG);
        Map<String, Object> producerProps = kafka.buildProducerProperties();
        int replayed = 0;
        try (var consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
                var producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            // only what is on the dead-letter topic now: a replayed record that fails again is not replayed again
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetters).stream()
                    .map(info -> new TopicPartition(deadLetters, info.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            var committed = consumer.committed(new HashSet<>(partitions));
            for (var partition : partitions) {
                var offset = committed.get(partition);
                if (offset == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, offset.offset());
                }
            }
            while (replayed < max && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                var records = consumer.poll(Duration.ofSeconds(1));
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    var partition = new TopicPartition(record.topic(), record.partition());
                    if (replayed >= max || record.offset() >= ends.get(partition)) {
                        continue;
                    }
                    ProducerRecord<byte[], byte[]> again = new ProducerRecord<>(topic, null, record.key(),
                            record.value());
                    for (Header header : record.headers()) {
                        if (!header.key().startsWith("kafka_dlt")) {
                            again.headers().add(header);
                        }
                    }
                    again.headers().add("tenun_replayed_from", deadLetters.getBytes(StandardCharsets.UTF_8));
                    producer.send(again).get();
                    consumer.commitSync(Map.of(partition,
                            new OffsetAndMetadata(record.offset() + 1)));
                    replayed++;
                }
                if (replayed >= max) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not re-feed a dead letter to " + topic + ": " + e.getCause());
        }
        log.info("Replayed {} dead letters from {} to {}", replayed, deadLetters, topic);
        return new Replayed(deadLetters, topic, replayed);
    }

    public record Replayed(String from, String to, int replayed) {
    }

}
