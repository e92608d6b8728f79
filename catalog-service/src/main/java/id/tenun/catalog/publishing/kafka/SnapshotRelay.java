package id.tenun.catalog.publishing.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
import id.tenun.catalog.publishing.SetAside;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.group.GroupChanged;
import id.tenun.events.product.ProductChanged;

/**
 * The outbox relay: publishes the newest snapshot of every group and product whose {@code version} is ahead of
 * what was published, then marks that version published (only if still below). Woken right after each write,
 * and sweeping every {@code sweepInterval} for what a crash or a Kafka outage left behind. At least once: a
 * snapshot may go out twice, with the same event id (derived from id and version), never zero times. One document
 * that cannot be published (its snapshot refused by the contract, or the record by Kafka) never holds back the
 * others: it is {@link SetAside set aside} with its reason, and tried again later or when it changes.
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
    private final SetAside setAside;
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private Thread worker;

    SnapshotRelay(KafkaTemplate<String, TenunEvent> kafka, Products products, Groups groups,
            ProductSnapshots snapshots, PublishingSettings settings, SetAside setAside) {
        this.kafka = kafka;
        this.products = products;
        this.groups = groups;
        this.snapshots = snapshots;
        this.settings = settings;
        this.setAside = setAside;
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
        List<Group> behind = groups.behind(settings.batchSize(), setAside.holding(Topics.GROUPS));
        return publish(Topics.GROUPS, behind.stream()
                .map(group -> new Outgoing(group.id(), group.version(), () -> GroupChanged.of(group.snapshot())))
                .toList(), groups::markPublished);
    }

    private int publishProducts() throws Exception {
        List<Product> behind = products.behind(settings.batchSize(), setAside.holding(Topics.PRODUCTS));
        return publish(Topics.PRODUCTS, behind.stream()
                .map(product -> new Outgoing(product.id(), product.version(),
                        () -> ProductChanged.of(snapshots.of(product))))
                .toList(), products::markPublished);
    }

    /**
     * Sends one round and marks what Kafka acknowledged as published. A document that cannot be made into its event,
     * or that Kafka refuses for itself, is set aside and the round goes on; any other failure (Kafka away) ends the
     * round after marking what got through, so the loop backs off.
     *
     * @return how many documents the round dealt with (published or set aside)
     */
    private int publish(String topic, List<Outgoing> behind, Consumer<Map<String, Long>> markPublished)
            throws Exception {
        Map<String, Long> published = new LinkedHashMap<>();
        try {
            List<Sent> sent = new ArrayList<>();
            for (Outgoing outgoing : behind) {
                TenunEvent event;
                try {
                    event = outgoing.event().get();
                } catch (RuntimeException refused) {
                    setAside.add(topic, outgoing.id(), outgoing.version(), refused);
                    continue;
                }
                try {
                    sent.add(new Sent(outgoing, kafka.send(topic, event.key(), event)));
                } catch (RuntimeException e) {
                    setAsideIfItsOwn(topic, outgoing, e);
                }
            }
            for (Sent s : sent) {
                try {
                    s.result().get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    published.put(s.outgoing().id(), s.outgoing().version());
                } catch (ExecutionException e) {
                    setAsideIfItsOwn(topic, s.outgoing(), e);
                }
            }
        } finally {
            markPublished.accept(published);
            setAside.published(topic, published.keySet());
        }
        return behind.size();
    }

    private <T extends Throwable> void setAsideIfItsOwn(String topic, Outgoing outgoing, T failure) throws T {
        if (!RecordRefusals.isOwnFault(failure)) {
            throw failure;
        }
        setAside.add(topic, outgoing.id(), outgoing.version(), failure);
    }

    /** A document's version and how to make its event (which may refuse it). */
    private record Outgoing(String id, long version, Supplier<TenunEvent> event) {
    }

    private record Sent(Outgoing outgoing, CompletableFuture<SendResult<String, TenunEvent>> result) {
    }
}
