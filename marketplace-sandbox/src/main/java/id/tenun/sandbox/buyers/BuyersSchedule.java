package id.tenun.sandbox.buyers;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Runs the buyers at the configured rates; a rate of {@code 0s} leaves them to the control API. */
@Component
class BuyersSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BuyersSchedule.class);

    private final Buyers buyers;

    private final BuyersProperties properties;

    private ScheduledExecutorService scheduler;

    BuyersSchedule(Buyers buyers, BuyersProperties properties) {
        this.buyers = buyers;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-buyers");
            thread.setDaemon(true);
            return thread;
        });
        every(properties.orderInterval(), buyers::placeRandom);
        every(properties.stepInterval(), buyers::step);
    }

    private void every(Duration interval, Runnable task) {
        if (interval != null && !interval.isZero() && !interval.isNegative()) {
            scheduler.scheduleWithFixedDelay(() -> {
                try {
                    task.run();
                } catch (RuntimeException ex) {
                    log.warn("Sandbox buyers failed: {}", ex.toString());
                }
            }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
