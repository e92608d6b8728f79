package id.tenun.catalog.product;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import id.tenun.catalog.publishing.Outbox;
import id.tenun.support.problems.StaleVersion;
import id.tenun.support.security.CurrentUser;

/**
 * Archives a product (delisted everywhere, still readable) and restores it, each as a new version. Without a
 * version to base on, a change raced by another is tried again a few times.
 */
@Service
public class ProductArchive {

    private static final int ATTEMPTS = 6;

    private final Products products;
    private final ProductCatalog catalog;
    private final Outbox outbox;
    private final Clock clock;

    ProductArchive(Products products, ProductCatalog catalog, Outbox outbox, Clock clock) {
        this.products = products;
        this.catalog = catalog;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Archives the product: delisted everywhere. Archiving an archived product changes nothing. */
    public Product archive(String id, Long basedOn, CurrentUser user) {
        return setArchived(id, basedOn, user, true);
    }

    public Product restore(String id, Long basedOn, CurrentUser user) {
        return setArchived(id, basedOn, user, false);
    }

    private Product setArchived(String id, Long basedOn, CurrentUser user, boolean archived) {
        for (int attempt = 1;; attempt++) {
            Product current = catalog.find(id, user);
            if (basedOn != null && basedOn != current.version()) {
                throw new StaleVersion("Product", id, basedOn, current.version());
            }
            if (current.archived() == archived) {
                return current;
            }
            Instant now = clock.instant();
            Product next = current.withArchived(archived).nextVersion(now, user.subject());
            next = next.withHistory(new HistoryEntry(next.version(), now, user.subject(),
                    archived ? "ARCHIVED" : "RESTORED", List.of(new HistoryEntry.FieldChange("archived",
                            String.valueOf(!archived), String.valueOf(archived)))));
            if (products.replace(next, current.version())) {
                outbox.changed();
                return next;
            }
            if (basedOn != null || attempt >= ATTEMPTS) {
                throw new StaleVersion("Product", id, current.version(),
                        products.byId(id).map(Product::version).orElse(current.version()));
            }
        }
    }
}
