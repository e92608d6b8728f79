package id.tenun.events.product;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;

import id.tenun.events.TenunEvent;

/** Events of a product, on topic {@code catalog.products.v1}, keyed by product id. */
@JsonSubTypes(@JsonSubTypes.Type(ProductChanged.class))
public sealed interface ProductEvent extends TenunEvent permits ProductChanged {

    @JsonIgnore
    String productId();

    /** The product's version; a consumer ignores a version it has already applied or passed. */
    @JsonIgnore
    long version();

}
