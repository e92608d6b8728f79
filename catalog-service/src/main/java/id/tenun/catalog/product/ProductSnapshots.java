package id.tenun.catalog.product;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import id.tenun.catalog.category.Categories;
import id.tenun.events.product.ProductSnapshot;

/** Makes the snapshot of a stored product, judging certificates by today's date in NTT (WITA). */
@Component
public class ProductSnapshots {

    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private final Categories categories;
    private final Clock clock;

    ProductSnapshots(Categories categories, Clock clock) {
        this.categories = categories;
        this.clock = clock;
    }

    public ProductSnapshot of(Product product) {
        return product.snapshot(categories.leaf(product.categoryCode()).orElse(null), today());
    }

    public LocalDate today() {
        return today(clock);
    }

    /** The day in NTT (WITA) that certificates are judged by. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(WITA));
    }
}
