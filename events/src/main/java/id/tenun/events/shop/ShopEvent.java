package id.tenun.events.shop;

import com.fasterxml.jackson.annotation.JsonSubTypes;

import id.tenun.events.TenunEvent;

/**
 * Which group holds which marketplace shop, on the compacted topic {@code listing.shops.v1}, keyed by
 * {@code channel:shopId}: the newest record of a shop is its owner now. Published by listing sync, which holds the
 * shops' credentials; never carries a secret.
 */
@JsonSubTypes(@JsonSubTypes.Type(ShopConnectionChanged.class))
public sealed interface ShopEvent extends TenunEvent permits ShopConnectionChanged {

}
