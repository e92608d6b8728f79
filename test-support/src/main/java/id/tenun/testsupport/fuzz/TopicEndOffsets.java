package id.tenun.testsupport.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import id.tenun.testsupport.TestInfrastructure;

/** The end offsets of a service's output topics on the shared test broker: what it has published, for a fuzz state. */
public final class TopicEndOffsets {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;

    /** The end offsets of every partition of {@code topics}. */
    public TopicEndOffsets(String... topics) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer = new KafkaConsumer<>(properties);
        partitions = List.of(topics).stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))).toList();
    }

    /** Each partition's end offset now, as {@code topic-partition → offset}. */
    public Map<String, Long> now() {
        Map<String, Long> offsets = new TreeMap<>();
        consumer.endOffsets(partitions).forEach((partition, offset) -> offsets.put(partition.toString(), offset));
        return offsets;
    }
}
