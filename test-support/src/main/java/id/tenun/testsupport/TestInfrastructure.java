package id.tenun.testsupport;

import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The real infrastructure of Tenun's integration tests, started once per test JVM on free ports: spring-kafka-test's
 * embedded KRaft broker and a MongoDB wire-protocol server (mongo-java-server, memory backend) that the real
 * MongoDB driver talks to. Each Spring test context gets its own database (see {@link TenunIntegrationTest}), and
 * tests keep apart on Kafka by their own keys, so no test depends on another's data.
 * <p>
 * At the end of the test JVM, the Spring contexts that used it are closed first and the broker and server after, so
 * no consumer or producer waits for a broker that is already gone (which held the JVM's exit for 30 s).
 */
public final class TestInfrastructure {

    /** Partitions per topic created by the test broker, as in the local stack. */
    public static final int PARTITIONS = 6;

    private static TestInfrastructure instance;

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final String mongoUri;
    private final List<ConfigurableApplicationContext> users = new ArrayList<>();

    private TestInfrastructure() {
        kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        kafka.kafkaPorts(0);
        kafka.brokerProperty("auto.create.topics.enable", "false");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        mongoUri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-infrastructure-stop"));
    }

    /** The running infrastructure, started on first use. */
    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = new TestInfrastructure();
        }
        return instance;
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public EmbeddedKafkaKraftBroker kafka() {
        return kafka;
    }

    /** The wire server's address, without a database: {@code mongodb://127.0.0.1:port}. */
    public String mongoUri() {
        return mongoUri;
    }

    /** Records a context that uses the infrastructure, to be closed before the infrastructure stops. */
    synchronized void usedBy(ConfigurableApplicationContext context) {
        users.add(context);
    }

    private void stop() {
        List<ConfigurableApplicationContext> contexts;
        synchronized (this) {
            contexts = new ArrayList<>(users);
        }
        // newest first; close() is idempotent and safe against the context's own shutdown hook
        for (int i = contexts.size() - 1; i >= 0; i--) {
            contexts.get(i).close();
        }
        mongo.shutdownNow();
        kafka.destroy();
    }
}
