package id.tenun.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.tenun.events.Topics;

class KafkaNodeIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsTopicsAndRecordsAcrossARestartOnTheSameDirectory() throws Exception {
        int port = LocalStackSettings.freePort();
        int controllerPort = LocalStackSettings.freePort();
        String value = "{\"productId\":\"p-1\",\"check\":\"" + UUID.randomUUID() + "\"}";

        try (KafkaNode kafka = new KafkaNode(dataDir, port, controllerPort).start()) {
            assertThat(TopicDeclarations.declare(kafka.bootstrapServers()))
                    .containsAll(Topics.allWithDeadLetters().stream().map(spec -> spec.name()).toList());
            try (KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
                producer.send(new ProducerRecord<>(Topics.PRODUCTS, "p-1", value)).get();
            }
            assertThat(readAll(kafka.bootstrapServers(), Topics.PRODUCTS, value)).contains(value);
        }

        try (KafkaNode kafka = new KafkaNode(dataDir, port, controllerPort).start()) {
            assertThat(TopicDeclarations.declare(kafka.bootstrapServers())).isEmpty();
            assertThat(readAll(kafka.bootstrapServers(), Topics.PRODUCTS, value)).contains(value);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                    kafka.bootstrapServers()))) {
                TopicDescription products = admin.describeTopics(List.of(Topics.PRODUCTS))
                        .allTopicNames().get().get(Topics.PRODUCTS);
                assertThat(products.partitions()).hasSize(Topics.PARTITIONS);
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.ORDERS);
                Config orders = admin.describeConfigs(List.of(resource)).all().get().get(resource);
                assertThat(orders.get("cleanup.policy").value()).isEqualTo("delete");
                assertThat(orders.get("retention.ms").value())
                        .isEqualTo(Long.toString(Topics.ORDERS_TOPIC.retention().toMillis()));
                ConfigResource productsResource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.PRODUCTS);
                assertThat(admin.describeConfigs(List.of(productsResource)).all().get().get(productsResource)
                        .get("cleanup.policy").value()).isEqualTo("compact");
            }
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
    }

    /** Reads the topic from the beginning until the expected value turns up or ten seconds have passed. */
    static List<String> readAll(String bootstrapServers, String topic, String expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(10);
            while (!values.contains(expected) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
