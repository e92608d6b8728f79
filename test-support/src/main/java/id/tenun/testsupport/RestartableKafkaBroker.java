package id.tenun.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A broker of its own for a test that stops Kafka and starts it again. {@link #stop()} destroys the embedded KRaft
 * broker and its data; {@link #start()} creates a new one with the given topics. The KRaft test kit cannot bind a
 * fixed port, so clients bootstrap through {@link #bootstrapServers()}: a small TCP relay on a fixed local port
 * that forwards to whichever broker is running (and refuses connections while none is). A client that loses the
 * broker finds the new one by bootstrapping again. Never stop the shared {@link TestInfrastructure} broker instead.
 */
public final class RestartableKafkaBroker implements AutoCloseable {

    private final List<NewTopic> topics;
    private final ServerSocket front;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile EmbeddedKafkaKraftBroker broker;
    private volatile String target;

    /** A broker with these topics (created again on every start), started. */
    public RestartableKafkaBroker(List<NewTopic> topics) {
        this.topics = List.copyOf(topics);
        try {
            front = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "kafka-relay-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        start();
    }

    public synchronized void start() {
        if (broker != null) {
            return;
        }
        EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, TestInfrastructure.PARTITIONS);
        started.brokerProperty("auto.create.topics.enable", "false");
        started.brokerProperty("group.initial.rebalance.delay.ms", "0");
        started.afterPropertiesSet();
        if (!topics.isEmpty()) {
            started.addTopics(topics.toArray(NewTopic[]::new));
        }
        target = started.getBrokersAsString().split(",")[0];
        broker = started;
    }

    /** Destroys the broker and its data and cuts every connection: Kafka is down until {@link #start()}. */
    public synchronized void stop() {
        if (broker != null) {
            EmbeddedKafkaKraftBroker stopping = broker;
            broker = null;
            target = null;
            closeAll();
            stopping.destroy();
        }
    }

    public boolean running() {
        return broker != null;
    }

    /** The fixed address to bootstrap from, the same across restarts. */
    public String bootstrapServers() {
        return front.getInetAddress().getHostAddress() + ":" + front.getLocalPort();
    }

    @Override
    public void close() {
        stop();
        try {
            front.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    private void accept() {
        while (!front.isClosed()) {
            try {
                Socket client = front.accept();
                String to = target;
                if (to == null) {
                    client.close();
                    continue;
                }
                int colon = to.lastIndexOf(':');
                Socket server = new Socket(to.substring(0, colon), Integer.parseInt(to.substring(colon + 1)));
                open.add(client);
                open.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                // the front socket closed, or the broker is going away: the client retries
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // one side closed
            } finally {
                quietly(from);
                quietly(to);
            }
        }, "kafka-relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeAll() {
        for (Socket socket : open) {
            quietly(socket);
        }
        open.clear();
    }

    private void quietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
