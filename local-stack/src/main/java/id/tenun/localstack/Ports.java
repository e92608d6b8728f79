package id.tenun.localstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks, before anything starts, that every port the stack will take is free, and says which ones are not. */
final class Ports {

    /** A port the stack takes, who takes it and the variable that moves it. */
    record Use(String component, int port, String variable) {
    }

    private Ports() {
    }

    static List<Use> of(LocalStackSettings settings) {
        List<Use> uses = new ArrayList<>();
        if (settings.startsKafka()) {
            uses.add(new Use("Kafka", settings.kafkaPort(), "KAFKA_PORT"));
            uses.add(new Use("Kafka controller", settings.kafkaControllerPort(), "KAFKA_CONTROLLER_PORT"));
        }
        if (settings.startsMongo()) {
            uses.add(new Use("MongoDB", settings.mongoPort(), "MONGODB_PORT"));
        }
        uses.add(new Use("console", settings.consolePort(), "CONSOLE_PORT"));
        uses.add(new Use("catalog", settings.catalogPort(), "CATALOG_PORT"));
        uses.add(new Use("listing-sync", settings.listingSyncPort(), "LISTING_SYNC_PORT"));
        uses.add(new Use("orders", settings.orderPort(), "ORDER_PORT"));
        uses.add(new Use("sandbox", settings.sandboxPort(), "SANDBOX_PORT"));
        return uses;
    }

    /** Throws a {@link LocalStackException} naming every port that is configured twice or already in use. */
    static void requireFree(List<Use> uses) {
        List<String> problems = new ArrayList<>();
        Map<Integer, Use> byPort = new LinkedHashMap<>();
        for (Use use : uses) {
            Use other = byPort.putIfAbsent(use.port(), use);
            if (other != null) {
                problems.add("port " + use.port() + " is configured for both " + other.component() + " ("
                        + other.variable() + ") and " + use.component() + " (" + use.variable() + ")");
            } else if (!isFree(use.port())) {
                problems.add("port " + use.port() + " (" + use.component() + ") is in use: stop what listens there"
                        + " (another local stack?) or choose another port with " + use.variable() + "=...");
            }
        }
        if (!problems.isEmpty()) {
            throw new LocalStackException(String.join("; ", problems));
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
