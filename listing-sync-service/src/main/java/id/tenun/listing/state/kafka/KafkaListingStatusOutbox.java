package id.tenun.listing.state.kafka;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Lazy;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import id.tenun.events.EventIds;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.listing.ListingStatusChanged;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.ListingStatusOutbox;
import id.tenun.listing.state.Listings;

/**
 * Publishes {@code listing.status.v1} for every visible change of a listing, then marks it published (in batches, off
 * the producer's thread); a periodic sweep publishes what a crash or a Kafka outage left behind. The event id is
 * derived from (listing, state version), so publishing twice publishes the same event.
 */
@Component
class KafkaListingStatusOutbox implements ListingStatusOutbox, SchedulingConfigurer, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KafkaListingStatusOutbox.class);

    private final KafkaTemplate<String, TenunEvent> kafka;
    private final Listings listings;
    private final StatusOutboxSettings settings;
    private final Clock clock;

    private static final int MARK_BATCH = 500;
    private final Queue<Listing> acknowledged = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean marking = new AtomicBoolean();
    private final ExecutorService marker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "listing-status-marker");
        thread.setDaemon(true);
        return thread;
    });

    KafkaListingStatusOutbox(KafkaTemplate<String, TenunEvent> kafka, @Lazy Listings listings,
            StatusOutboxSettings settings, Clock clock) {
        this.kafka = kafka;
        this.listings = listings;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void changed(Listing listing) {
        ListingStatusChanged event;
        try {
            event = eventOf(listing);
        } catch (IllegalArgumentException e) {
            log.warn("Listing {} cannot be told as an event: {}", listing.id(), e.getMessage());
            listings.markPublished(listing.id(), listing.stateVersion());
            return;
        }
        kafka.send(Topics.LISTING_STATUS, event.key(), event).whenComplete((sent, failure) -> {
            if (failure == null) {
                acknowledged(listing);
            } else {
                log.warn("Listing {} state {} not published yet: {}", listing.id(), listing.state(),
                        failure.toString());
            }
        });
    }

    /**
     * Kafka acknowledged the event: marked published by the marker thread, many at a time, never on the producer's
     * I/O thread (a database round trip per event there stalls every send behind it until batches expire).
     */
    private void acknowledged(Listing listing) {
        acknowledged.add(listing);
        if (marking.compareAndSet(false, true)) {
            try {
                marker.execute(this::markPublished);
            } catch (RejectedExecutionException e) {
                marking.set(false); // shutting down: the sweep republishes, the same event
            }
        }
    }

    private void markPublished() {
        while (true) {
            Map<String, Long> batch = new HashMap<>();
            Listing next;
            while (batch.size() < MARK_BATCH && (next = acknowledged.poll()) != null) {
                batch.merge(next.id(), next.stateVersion(), Math::max);
            }
            if (batch.isEmpty()) {
                marking.set(false);
                if (acknowledged.isEmpty() || !marking.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                listings.markAllPublished(batch);
            } catch (RuntimeException e) {
                log.warn("{} listings not marked published ({}); the sweep publishes them again", batch.size(),
                        e.toString());
            }
        }
    }

    @Override
    public void destroy() {
        marker.shutdown();
    }

    ListingStatusChanged eventOf(Listing listing) {
        return new ListingStatusChanged(
                EventIds.derived(ListingStatusChanged.TYPE, listing.id(), listing.stateVersion()), clock.instant(),
                ListingStatusChanged.SCHEMA_VERSION, listing.productId(), listing.sku(), listing.groupId(),
                listing.channel(), listing.shopId(), listing.state(), listing.externalId(), listing.externalUrl(),
                listing.lastError(), Math.max(1, listing.productVersion()), listing.stateVersion());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(this::sweep, settings.publishSweep());
    }

    void sweep() {
        for (Listing listing : listings.unpublished(500)) {
            changed(listing);
        }
    }

}
