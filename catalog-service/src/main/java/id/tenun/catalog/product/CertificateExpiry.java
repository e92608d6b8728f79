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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds the products whose certificate expired since their last version was written, whose snapshot therefore
 * still says publishable, and makes a new version of each through {@link ProductCatalog#certificateExpired}; the
 * relay then publishes it and listing sync pauses the listings. Daily (and once at start-up); several instances
 * may run it at once: each new version is a conditional write on the version read, so a product is bumped once.
 */
@Component
@EnableConfigurationProperties(CertificateSettings.class)
public class CertificateExpiry {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiry.class);
    private static final int PAGE = 500;

    private final Products products;
    private final ProductCatalog catalog;
    private final CertificateSettings settings;
    private final TaskScheduler scheduler;
    private final Clock clock;

    CertificateExpiry(Products products, ProductCatalog catalog, CertificateSettings settings,
            TaskScheduler scheduler, Clock clock) {
        this.products = products;
        this.catalog = catalog;
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

    @Scheduled(cron = "${tenun.catalog.certificates.expiry-check:0 5 0 * * *}", zone = "Asia/Makassar")
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
                        && catalog.certificateExpired(product.id())) {
                    bumped++;
                }
            }
            if (page.size() < PAGE) {
                return bumped;
            }
            after = page.get(page.size() - 1).id();
        }
    }
}
