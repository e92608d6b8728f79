package id.tenun.listing.order;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/** Reads the order changes parked for want of their shop's quota, every {@code orders.retry-interval}. */
@Component
class PendingOrderReadRetry implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PendingOrderReadRetry.class);

    private final ShopOrderReader reader;
    private final OrderReadSettings settings;

    PendingOrderReadRetry(ShopOrderReader reader, OrderReadSettings settings) {
        this.reader = reader;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::readParked, settings.retryInterval(),
                settings.retryInterval()));
    }

    void readParked() {
        try {
            reader.readParked();
        } catch (RuntimeException e) {
            log.warn("Reading the parked order changes failed, will try again: {}", e.toString());
        }
    }
}
