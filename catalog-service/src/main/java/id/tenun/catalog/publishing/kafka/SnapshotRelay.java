package id.tenun.catalog.publishing.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import id.tenun.catalog.group.Group;
import id.tenun.catalog.group.Groups;
import id.tenun.catalog.product.Product;
import id.tenun.catalog.product.ProductSnapshots;
import id.tenun.catalog.product.Products;
import id.tenun.catalog.publishing.Outbox;
import id.tenun.catalog.publishing.PublishingSettings;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.product.ProductChanged;

/**
 * The outbox relay: publishes the newest snapshot of every group and product whose {@code version} is ahead of
 * what was published, then marks that version published (only if still below). Woken right after each write,
 * and sweeping every {@code sweepInterval} for what a crash or a Kafka outage left behind. At least once: a
 * snapshot may go out twice, with the same event id (derived from id and version), never zero times.
 */
@Component
@EnableConfigurationProperties(PublishingSettings.class)
class SnapshotRelay implements Outbox, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SnapshotRelay.class);

    private final KafkaTemplate<String, TenunEvent> kafka;
    private final Products products;
    private final Groups groups;
    private final ProductSnapshots snapshots;
    private final PublishingSettings settings;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    SnapshotRelay(KafkaTemplate<String, TenunEvent> kafka, Products products, Groups groups,
            ProductSnapshots snapshots, PublishingSettings settings) {
        this.kafka = kafka;
        this.products = products;
        this.groups = groups;
        this.snapshots = snapshots;
        this.settings = settings;
    }

    @Override
    public void changed() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        worker = new Thread(this::loop, "snapshot-relay");
        worker.setDaemon(true);
        worker.start();
        changed();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        Duration backOff = settings.retryBackOff();
        while (running) {
            try {
                wake.tryAcquire(settings.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                publishAllBehind();
                backOff = settings.retryBackOff();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                log.warn("Could not publish snapshots, retrying in {}: {}", backOff, e.toString());
                kafka.getProducerFactory().reset();
                try {
                    Thread.sleep(backOff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backOff = backOff.multipliedBy(2).compareTo(settings.maxRetryBackOff()) > 0
                        ? settings.maxRetryBackOff()
                        : backOff.multipliedBy(2);
                changed();
            }
        }
    }

    /** Publishes rounds until nothing is behind. */
    void publishAllBehind() throws Exception {
        while (running) {
            int published = publishGroups() + publishProducts();
            if (published == 0) {
                return;
            }
        }
    }

    private int publishGroups() throws Exception {
        List<Group> behind = groups.behind(settings.batchSize());
        List<Sent> sent = new ArrayList<>();
        for (Group group : behind) {
            sent.add(send(group.id(), group.version(), GroupChanged.of(group.snapshot())));
        }
        for (Sent s : sent) {
            s.await(settings.sendTimeout());
            groups.markPublished(s.id(), s.version());
        }
        return sent.size();
    }

    private int publishProducts() throws Exception {
        List<Product> behind = products.behind(settings.batchSize());
        List<Sent> sent = new ArrayList<>();
        for (Product product : behind) {
            ProductChanged event;
            try {
                event = ProductChanged.of(snapshots.of(product));
            } catch (IllegalArgumentException e) {
                log.error("Product {} v{} cannot be made into a snapshot and stays unpublished: {}", product.id(),
                        product.version(), e.getMessage());
                continue;
            }
            sent.add(send(product.id(), product.version(), event));
        }
        Map<String, Long> published = new LinkedHashMap<>();
        for (Sent s : sent) {
            s.await(settings.sendTimeout());
            published.put(s.id(), s.version());
        }
        products.markPublished(published);
        return sent.size();
    }

    private Sent send(String id, long version, TenunEvent event) {
        return new Sent(id, version, kafka.send(Topics.of(event).name(), event.key(), event));
    }

    private record Sent(String id, long version, CompletableFuture<SendResult<String, TenunEvent>> result) {

        void await(Duration timeout) throws Exception {
            result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
