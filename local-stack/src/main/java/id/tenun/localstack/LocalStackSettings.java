package id.tenun.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the local stack keeps its data and which ports it takes. Every value has a working default and can be
 * overridden by an environment variable or a system property of the same name ({@code KAFKA_PORT=19092} or
 * {@code -DKAFKA_PORT=19092}).
 *
 * @param dataDir everything the stack keeps: {@code kafka/}, {@code mongo/}, {@code keys/}, {@code logs/}
 *        ({@code TENUN_DATA_DIR}, default {@code data})
 * @param kafkaPort the broker's client port ({@code KAFKA_PORT}, 9092)
 * @param kafkaControllerPort the KRaft controller's port ({@code KAFKA_CONTROLLER_PORT}, 9093)
 * @param mongoPort the MongoDB wire server's port ({@code MONGODB_PORT}, 27017)
 * @param consolePort {@code CONSOLE_PORT}, 8080
 * @param catalogPort {@code CATALOG_PORT}, 8081
 * @param listingSyncPort {@code LISTING_SYNC_PORT}, 8082
 * @param orderPort {@code ORDER_PORT}, 8083
 * @param sandboxPort {@code SANDBOX_PORT}, 8090
 * @param externalKafka {@code KAFKA_BOOTSTRAP_SERVERS}: use this Kafka instead of starting one; null to start one
 * @param externalMongo {@code MONGODB_URI}: use this MongoDB instead of starting one; null to start one
 * @param parallelStart start the applications at the same time rather than one by one
 *        ({@code LOCAL_STACK_PARALLEL_START}, true)
 */
public record LocalStackSettings(Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort,
        int consolePort, int catalogPort, int listingSyncPort, int orderPort, int sandboxPort,
        String externalKafka, String externalMongo, boolean parallelStart) {

    public LocalStackSettings {
        dataDir = dataDir.toAbsolutePath().normalize();
        externalKafka = blankToNull(externalKafka);
        externalMongo = blankToNull(externalMongo);
    }

    /** The settings from the environment and system properties, with the documented defaults. */
    public static LocalStackSettings fromEnvironment() {
        return from(name -> {
            String value = System.getProperty(name);
            return value != null ? value : System.getenv(name);
        });
    }

    static LocalStackSettings from(UnaryOperator<String> lookup) {
        return new LocalStackSettings(
                Path.of(value(lookup, "TENUN_DATA_DIR", "data")),
                port(lookup, "KAFKA_PORT", 9092),
                port(lookup, "KAFKA_CONTROLLER_PORT", 9093),
                port(lookup, "MONGODB_PORT", 27017),
                port(lookup, "CONSOLE_PORT", 8080),
                port(lookup, "CATALOG_PORT", 8081),
                port(lookup, "LISTING_SYNC_PORT", 8082),
                port(lookup, "ORDER_PORT", 8083),
                port(lookup, "SANDBOX_PORT", 8090),
                lookup.apply("KAFKA_BOOTSTRAP_SERVERS"),
                lookup.apply("MONGODB_URI"),
                Boolean.parseBoolean(value(lookup, "LOCAL_STACK_PARALLEL_START", "true")));
    }

    /** Free ports picked now, own infrastructure, data under the given directory: for tests. */
    public static LocalStackSettings onFreePorts(Path dataDir) {
        return new LocalStackSettings(dataDir, freePort(), freePort(), freePort(), freePort(), freePort(),
                freePort(), freePort(), freePort(), null, null, true);
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path mongoFile() {
        return dataDir.resolve("mongo").resolve("tenun.mv.db");
    }

    public Path keysDir() {
        return dataDir.resolve("keys");
    }

    public Path logsDir() {
        return dataDir.resolve("logs");
    }

    public boolean startsKafka() {
        return externalKafka == null;
    }

    public boolean startsMongo() {
        return externalMongo == null;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free port", e);
        }
    }

    private static String value(UnaryOperator<String> lookup, String name, String fallback) {
        String value = blankToNull(lookup.apply(name));
        return value != null ? value : fallback;
    }

    private static int port(UnaryOperator<String> lookup, String name, int fallback) {
        String value = value(lookup, name, Integer.toString(fallback));
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LocalStackException(name + " must be a port number (1-65535), was '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
