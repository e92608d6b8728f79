package id.tenun.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A MongoDB wire-protocol server ({@code mongo-java-server}) that keeps its databases in one H2 MVStore file, so
 * that what the services wrote is there after a restart. The real MongoDB driver talks to it as to a single node.
 */
public final class MongoNode implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final Path file;
    private final int port;
    private MongoServer server;

    public MongoNode(Path file, int port) {
        this.file = file.toAbsolutePath();
        this.port = port;
    }

    public MongoNode start() {
        H2Backend backend = null;
        try {
            Files.createDirectories(file.getParent());
            backend = new H2Backend(file.toString());
            server = new MongoServer(backend);
            server.bind(HOST, port);
        } catch (IOException | RuntimeException e) {
            if (server == null && backend != null) {
                backend.close();
            }
            close();
            throw new LocalStackException("MongoDB wire server did not start on port " + port + " (data " + file
                    + "): " + KafkaNode.rootMessage(e), e);
        }
        return this;
    }

    /** The connection string without a database: each service names its own. */
    public String uri() {
        return "mongodb://" + HOST + ":" + port;
    }

    public Path file() {
        return file;
    }

    /** Closes the clients' connections and the H2 store, which writes everything to the file. */
    @Override
    public void close() {
        if (server != null) {
            MongoServer stopping = server;
            server = null;
            stopping.shutdownNow();
        }
    }
}
