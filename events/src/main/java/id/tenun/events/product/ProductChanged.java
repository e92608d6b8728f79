package id.tenun.events.product;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

import id.tenun.events.Checks;
import id.tenun.events.EventIds;

/**
 * A product was created, changed or archived: the whole product as it now is (event-carried state). A consumer
 * that missed earlier versions needs only the newest; an archived product carries {@code archived = true}.
 * <p>
 * Wire type {@value #TYPE}.
 */
@JsonTypeName(ProductChanged.TYPE)
public record ProductChanged(UUID eventId, Instant occurredAt, int schemaVersion, ProductSnapshot product)
        implements
            ProductEvent {

    public static final String TYPE = "product.changed";

    public static final int SCHEMA_VERSION = 1;

    public ProductChanged {
        Checks.header("ProductChanged", eventId, occurredAt, schemaVersion);
        Checks.notNull(product, "ProductChanged.product");
    }

    /**
     * The event for a snapshot: it occurred when the product was updated, and its id is derived from the
     * product id and version, so publishing the same version twice gives the same event.
     */
    public static ProductChanged of(ProductSnapshot product) {
        Checks.notNull(product, "ProductChanged.product");
        return new ProductChanged(EventIds.derived(TYPE, product.productId(), product.version()), product.updatedAt(),
                SCHEMA_VERSION, product);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return product.productId();
    }

    @Override
    public String productId() {
        return product.productId();
    }

    @Override
    public long version() {
        return product.version();
    }

}
