package id.tenun.events.listing;

import com.fasterxml.jackson.annotation.JsonSubTypes;

import id.tenun.events.TenunEvent;

/** Events of a listing of a product on a channel, on topic {@code listing.status.v1}, keyed by product id. */
@JsonSubTypes(@JsonSubTypes.Type(ListingStatusChanged.class))
public sealed interface ListingEvent extends TenunEvent permits ListingStatusChanged {

    String productId();

    String channel();

    String shopId();

    /** The listing's own version; a consumer ignores a version it has already applied or passed. */
    long version();

}
