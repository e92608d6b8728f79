package id.tenun.events.shoporder;

import com.fasterxml.jackson.annotation.JsonSubTypes;

import id.tenun.events.TenunEvent;

/**
 * Orders as their marketplace shows them, read by listing sync with the shop's credentials, on topic
 * {@code marketplace.orders.v1}, keyed by {@code channel:shopId:externalOrderId} (one order's reads in order).
 */
@JsonSubTypes(@JsonSubTypes.Type(ShopOrderRead.class))
public sealed interface ShopOrderEvent extends TenunEvent permits ShopOrderRead {

}
