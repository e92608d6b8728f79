package id.tenun.order.order;

import java.util.Optional;

/** Looks a seller SKU up in the catalog projection. */
public interface ProductPlaces {

    Optional<ProductPlace> bySku(String sku);
}
