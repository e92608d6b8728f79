package id.tenun.listing.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import id.tenun.listing.shop.ChannelSettingsProperties;
import id.tenun.listing.state.Listing;
import id.tenun.listing.state.Listings;

/**
 * One worker per channel: takes listings whose time has come (leased, so a crash loses nothing: the lease runs
 * out and they are taken again), and works on up to {@code workersPerChannel} at once. Kafka consumers never wait
 * for any of this.
 */
@Component
class SyncWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SyncWorkers.class);

    private final Listings listings;
    private final ListingSync sync;
    private final SyncSettings settings;
    private final ChannelSettingsProperties channels;
    private final Clock clock;
    private final List<Thread> loops = new ArrayList<>();
    private final List<ExecutorService> pools = new ArrayList<>();
    private final Map<String, Waker> wakers = new ConcurrentHashMap<>();
    private volatile boolean running;

    SyncWorkers(Listings listings, ListingSync sync, SyncSettings settings, ChannelSettingsProperties channels,
            Clock clock) {
        this.listings = listings;
        this.sync = sync;
        this.settings = settings;
        this.channels = channels;
        this.clock = clock;
        channels.channels().forEach((channel, properties) -> {
            Duration longest = properties.callTimeout().plus(channels.resilience().maxInlineWait());
            if (settings.lease().compareTo(longest.multipliedBy(2)) < 0) {
                throw new IllegalStateException("tenun.listing.sync.lease (" + settings.lease() + ") must be at least "
                        + "twice the call timeout of " + channel + " plus resilience.max-inline-wait (" + longest
                        + ")");
            }
        });
        channels.channels().keySet().forEach(channel -> wakers.put(channel, new Waker()));
        listings.onDue((channel, at) -> {
            Waker waker = wakers.get(channel);
            if (waker != null) {
                waker.wake(at.toEpochMilli());
            }
        });
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || running) {
            return;
        }
        running = true;
        for (String channel : channels.channels().keySet()) {
            ExecutorService pool = Executors.newFixedThreadPool(settings.workersPerChannel(), runnable -> {
                Thread thread = new Thread(runnable, "sync-" + channel);
                thread.setDaemon(true);
                return thread;
            });
            pools.add(pool);
            Thread loop = new Thread(() -> loop(channel, pool), "sync-loop-" + channel);
            loop.setDaemon(true);
            loops.add(loop);
            loop.start();
        }
    }

    /**
     * Claims due listings a batch at a time (up to {@code workersPerChannel}, so a claim's queries are shared by many
     * listings) and hands them to the pool as slots free up; what is left claimed at shutdown is let go.
     */
    private void loop(String channel, ExecutorService pool) {
        Semaphore slots = new Semaphore(settings.workersPerChannel());
        Deque<Listing> claimed = new ArrayDeque<>();
        try {
            while (running) {
                try {
                    if (claimed.isEmpty()) {
                        var now = clock.instant();
                        claimed.addAll(listings.claimDue(channel, now, now.plus(settings.lease()),
                                settings.workersPerChannel()));
                        if (claimed.isEmpty()) {
                            wakers.get(channel).sleep(settings.pollInterval().toMillis());
                            continue;
                        }
                    }
                    if (!slots.tryAcquire(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                        continue;
                    }
                    Listing listing = claimed.poll();
                    pool.execute(() -> {
                        try {
                            if (running) {
                                sync.work(listing);
                            } else {
                                listings.release(listing);
                            }
                        } catch (RuntimeException e) {
                            log.warn("Worker on {} failed: {}", listing.id(), e.toString());
                        } finally {
                            slots.release();
                        }
                    });
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.warn("Sync loop of {} hit {}; going on", channel, e.toString());
                    sleep();
                }
            }
        } finally {
            claimed.forEach(this::releaseQuietly);
        }
    }

    private void releaseQuietly(Listing listing) {
        try {
            listings.release(listing);
        } catch (RuntimeException e) {
            log.debug("Could not let go of {} ({}); its lease runs out", listing.id(), e.toString());
        }
    }

    private void sleep() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        loops.forEach(Thread::interrupt);
        for (ExecutorService pool : pools) {
            pool.shutdown();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            pool.shutdownNow();
        }
        loops.clear();
        pools.clear();
    }

    /** Sleeps until the earliest due time it was told of, or the poll interval, whichever comes first. */
    static final class Waker {

        private long earliest = Long.MAX_VALUE;

        synchronized void wake(long at) {
            if (at < earliest) {
                earliest = at;
                notifyAll();
            }
        }

        synchronized void sleep(long idleMillis) throws InterruptedException {
            long until = Math.min(System.currentTimeMillis() + idleMillis, earliest);
            long wait;
            while ((wait = until - System.currentTimeMillis()) > 0) {
                wait(wait);
                until = Math.min(until, earliest);
            }
            if (earliest <= System.currentTimeMillis()) {
                earliest = Long.MAX_VALUE;
            }
        }

    }

    @Override
    public boolean isRunning() {
        return running;
    }

}
