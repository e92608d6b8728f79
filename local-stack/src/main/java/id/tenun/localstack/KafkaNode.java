package id.tenun.localstack;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker from the {@code org.apache.kafka} artifacts: one KRaft node that is both broker and
 * controller, its log under a directory of its own. The directory is formatted on the first start only (its
 * {@code meta.properties} keeps the cluster id), so a second start finds the topics and records of the first.
 */
public final class KafkaNode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaNode.class);
    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    public KafkaNode(Path logDir, int port, int controllerPort) {
        this.logDir = logDir.toAbsolutePath();
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats the log directory if it is new, then starts the node; returns when the broker takes requests. */
    public KafkaNode start() {
        KafkaConfig config = new KafkaConfig(properties(), false);
        try {
            Files.createDirectories(logDir);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(config);
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
        } catch (Exception e) {
            close();
            throw new LocalStackException("Kafka did not start on port " + port + " (controller " + controllerPort
                    + ", data " + logDir + "): " + rootMessage(e), e);
        }
        return this;
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public Path logDir() {
        return logDir;
    }

    /** Stops the node and waits until its logs are closed cleanly. */
    @Override
    public void close() {
        if (server != null) {
            KafkaRaftServer stopping = server;
            server = null;
            stopping.shutdown();
            stopping.awaitShutdown();
        }
    }

    private Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", Integer.toString(NODE_ID));
        properties.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        properties.put("listeners",
                "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", logDir.toString());
        // One node: every internal topic has one replica, and few partitions keep a laptop broker light.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "6");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("transaction.state.log.num.partitions", "6");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("default.replication.factor", "1");
        properties.put("min.insync.replicas", "1");
        properties.put("num.partitions", "6");
        // Topics are declared with their partitions and retention (TopicDeclarations), never auto-created.
        properties.put("auto.create.topics.enable", "false");
        properties.put("group.initial.rebalance.delay.ms", "0");
        // Compaction needs far less than the default 128 MB dedupe buffer for a local data set.
        properties.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        properties.put("num.network.threads", "2");
        properties.put("num.io.threads", "4");
        properties.put("num.recovery.threads.per.data.dir", "2");
        return properties;
    }

    private void format(KafkaConfig config) throws Exception {
        String clusterId = Uuid.randomUuid().toString();
        log.info("Formatting {} for a new Kafka cluster {}", logDir, clusterId);
        Formatter formatter = new Formatter()
                .setClusterId(clusterId)
                .setNodeId(config.nodeId())
                .setControllerListenerName(config.controllerListenerNames().get(0))
                .setMetadataLogDirectory(config.metadataLogDir())
                .setDirectories(List.of(logDir.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()));
        formatter.run();
    }

    /** The innermost cause, which says what went wrong in the fewest words; the log has the whole chain. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : root.toString();
    }
}
