package id.tenun.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import id.tenun.events.EventJson;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.product.ProductChanged;
import id.tenun.testsupport.TestInfrastructure;

/** Everything the catalog published on a broker, by key: a plain Kafka consumer reading from the beginning. */
public final class Published implements AutoCloseable {

    private static Published shared;

    private final Map<String, List<TenunEvent>> byKey = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    public Published(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "catalog-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        reader = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props)) {
                consumer.subscribe(List.of(Topics.PRODUCTS, Topics.GROUPS));
                while (running) {
                    try {
                        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                            byKey.computeIfAbsent(record.key(), k -> new CopyOnWriteArrayList<>())
                                    .add(EventJson.read(record.value(), TenunEvent.class));
                        }
                    } catch (RuntimeException e) {
                        if (!running) {
                            return;
                        }
                    }
                }
            }
        }, "published-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** What was published on the shared test broker. */
    public static synchronized Published onTestBroker() {
        if (shared == null) {
            shared = new Published(TestInfrastructure.get().kafkaBootstrapServers());
        }
        return shared;
    }

    public List<ProductChanged> products(String productId) {
        return byKey.getOrDefault(productId, List.of()).stream().filter(ProductChanged.class::isInstance)
                .map(ProductChanged.class::cast).toList();
    }

    public List<GroupChanged> groups(String groupId) {
        return byKey.getOrDefault(groupId, List.of()).stream().filter(GroupChanged.class::isInstance)
                .map(GroupChanged.class::cast).toList();
    }

    /** The product's snapshot at that version, waiting for it to arrive. */
    public ProductChanged product(String productId, long version) {
        return Eventually.get(() -> products(productId).stream().filter(e -> e.version() == version).findFirst()
                .orElse(null), "product " + productId + " v" + version + " on Kafka");
    }

    public GroupChanged group(String groupId, long version) {
        return Eventually.get(() -> groups(groupId).stream().filter(e -> e.version() == version).findFirst()
                .orElse(null), "group " + groupId + " v" + version + " on Kafka");
    }

    public List<ProductChanged> productsWhere(String productId, Predicate<ProductChanged> filter) {
        return products(productId).stream().filter(filter).toList();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join(5000);
    }
}
