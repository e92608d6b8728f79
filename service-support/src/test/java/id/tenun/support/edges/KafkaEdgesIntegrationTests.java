package id.tenun.support.edges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import id.tenun.events.EventJson;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.order.OrderLine;
import id.tenun.events.order.OrderPlaced;
import id.tenun.support.edges.EdgeTestApplication.OrdersSeen;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestInfrastructure;

@TenunIntegrationTest
class KafkaEdgesIntegrationTests {

    @Autowired
    KafkaTemplate<String, TenunEvent> kafka;

    @Autowired
    OrdersSeen seen;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    Tracer tracer;

    @Autowired
    MeterRegistry meters;

    static OrderPlaced order(String externalOrderId) {
        return new OrderPlaced(UUID.randomUUID(), Instant.now(), OrderPlaced.SCHEMA_VERSION,
                "ord-" + externalOrderId, "shopee", "shop-1", externalOrderId, List.of("g-1"), 1,
                List.of(new OrderLine("1", "TNN-0001", "p-1", 2, 150_000)));
    }

    @Test
    void carriesTheSendersTraceToTheListenerInKafkaHeaders() throws Exception {
        OrderPlaced order = order(UUID.randomUUID().toString());
        String[] senderTraceId = new String[1];
        Observation.createNotStarted("test.send", observations).observeChecked(() -> {
            senderTraceId[0] = tracer.currentSpan().context().traceId();
            kafka.send(Topics.ORDERS, order.orderId(), order).get(10, TimeUnit.SECONDS);
        });

        OrdersSeen.Seen received = seen.await(order.orderId(), Duration.ofSeconds(20));
        assertThat(received.event()).isEqualTo(order);
        assertThat(received.traceparent()).contains(senderTraceId[0]);
        assertThat(received.listenerTraceId()).isEqualTo(senderTraceId[0]);
    }

    @Test
    void sendsAnUnreadableMessageStraightToTheDeadLetterTopicWithTheReason() throws Exception {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = "{\"type\":\"order.placed\", this is not json".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ORDERS, key, garbage)).get(10, TimeUnit.SECONDS);
        }

        ConsumerRecord<String, byte[]> dead = deadLetter(key);
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.ORDERS);
    }

    @Test
    void sendsAMessageThatKeepsFailingToTheDeadLetterTopicAfterBoundedRetriesAndCountsIt() throws Exception {
        double before = deadLettered();
        OrderPlaced poison = order(OrdersSeen.POISON_PREFIX + UUID.randomUUID());
        kafka.send(Topics.ORDERS, poison.orderId(), poison).get(10, TimeUnit.SECONDS);

        ConsumerRecord<String, byte[]> dead = deadLetter(poison.orderId());
        assertThat(EventJson.read(dead.value(), OrderPlaced.class)).isEqualTo(poison);
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("cannot handle this order");
        assertThat(seen.attempts(poison.orderId())).isEqualTo(1 + 2);
        await().atMost(Duration.ofSeconds(5)).until(() -> deadLettered() >= before + 1);
    }

    private double deadLettered() {
        Counter counter = meters.find("tenun.records.dead.lettered").tags("topic", Topics.ORDERS, "group", "edge-test")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static ConsumerRecord<String, byte[]> deadLetter(String key) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetterOf(Topics.ORDERS)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No dead letter with key " + key + " within 30 s");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
