package id.tenun.catalog.product;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import id.tenun.catalog.publishing.Outbox;

/**
 * Finds the products whose certificate expired since their last version was written, whose snapshot therefore
 * still says publishable, and makes a new version of each, by the system; the relay then publishes it and listing
 * sync pauses the listings. At {@link CertificateSettings#expiryCheck()} (and once at start-up); several instances
 * may run it at once: each new version is a conditional write on the version read, so a product is bumped once.
 */
@Component
@EnableConfigurationProperties(CertificateSettings.class)
public class CertificateExpiry implements SchedulingConfigurer {

    /** Who makes the new versions: no person asked for them. */
    static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiry.class);
    private static final int PAGE = 500;

    private final Products products;
    private final Outbox outbox;
    private final CertificateSettings settings;
    private final TaskScheduler scheduler;
    private final Clock clock;

    CertificateExpiry(Products products, Outbox outbox, CertificateSettings settings, TaskScheduler scheduler,
            Clock clock) {
        this.products = products;
        this.outbox = outbox;
        this.settings = settings;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (settings.checkOnStart()) {
            scheduler.schedule(this::daily, scheduler.getClock().instant());
        }
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!ScheduledTaskRegistrar.CRON_DISABLED.equals(settings.expiryCheck())) {
            registrar.addCronTask(new CronTask(this::daily,
                    new CronTrigger(settings.expiryCheck(), ProductSnapshots.WITA)));
        }
    }

    void daily() {
        try {
            int bumped = check();
            if (bumped > 0) {
                log.info("{} products have a certificate that expired since their last change; new snapshots follow",
                        bumped);
            }
        } catch (RuntimeException e) {
            log.warn("Certificate expiry check failed; it runs again at the next schedule: {}", e.toString());
        }
    }

    /** One pass over the candidates; answers how many products this call gave a new version. */
    public int check() {
        LocalDate today = ProductSnapshots.today(clock);
        Instant startOfToday = today.atStartOfDay(ProductSnapshots.WITA).toInstant();
        int bumped = 0;
        String after = null;
        while (true) {
            List<Product> page = products.withCertificateExpiredBefore(today, startOfToday, after, PAGE);
            for (Product product : page) {
                LocalDate writtenOn = LocalDate.ofInstant(product.updatedAt(), ProductSnapshots.WITA);
                if (!Publishability.expiredSince(product.certifications(), writtenOn, today).isEmpty()
                        && expired(product.id())) {
                    bumped++;
                }
            }
            if (page.size() < PAGE) {
                return bumped;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /**
     * Makes a new version of a product whose certificate expired since its last version was written, so that the
     * next snapshot says it is not publishable and why. Conditional on the version it read: when another instance
     * (or a person) wrote the product meanwhile, it reads again and finds nothing to do.
     *
     * @return whether this call made the new version
     */
    private boolean expired(String id) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Product current = products.byId(id).orElse(null);
            if (current == null || current.archived()) {
                return false;
            }
            LocalDate today = ProductSnapshots.today(clock);
            LocalDate writtenOn = LocalDate.ofInstant(current.updatedAt(), ProductSnapshots.WITA);
            List<Certification> expired = Publishability.expiredSince(current.certifications(), writtenOn, today);
            if (expired.isEmpty()) {
                return false;
            }
            Instant now = clock.instant();
            Product next = current.nextVersion(now, SYSTEM);
            next = next.withHistory(new HistoryEntry(next.version(), now, SYSTEM, "CERTIFICATE_EXPIRED",
                    expired.stream().map(c -> new HistoryEntry.FieldChange("certifications[" + c.kind() + " "
                            + c.number() + "].expiresOn", null, String.valueOf(c.expiresOn()))).toList()));
            if (products.replace(next, current.version())) {
                outbox.changed();
                return true;
            }
        }
        return false;
    }
}
