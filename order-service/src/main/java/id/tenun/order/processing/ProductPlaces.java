package id.tenun.order.processing;

import java.util.Optional;

import id.tenun.order.lifecycle.ProductPlace;

/** Looks a seller SKU up in the catalog projection. */
public interface ProductPlaces {

    Optional<ProductPlace> bySku(String sku);
}
