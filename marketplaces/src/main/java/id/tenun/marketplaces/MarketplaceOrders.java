package id.tenun.marketplaces;

import java.time.Instant;
import java.util.List;

/**
 * What reading a shop's orders needs from a marketplace; every call is made with the shop's credentials. Refusals and outages are thrown as {@link MarketplaceCallFailed}
 * (rate limited with the wait asked for, transient, authentication, refused).
 */
public interface MarketplaceOrders {

    Channel channel();

    /** The order with its lines (seller SKU, quantity, unit price). */
    OrderDetail orderDetail(ShopCredentials shop, String externalOrderId);

    /**
     * Every order whose status changed at or after {@code since}, as notifications: the backstop for lost webhooks.
     * Pages are followed up to a bound; call again with the newest {@code updatedAt} seen to continue.
     */
    List<OrderNotification> ordersChangedSince(ShopCredentials shop, Instant since);

    /**
     * The HTTP calls one {@link #ordersChangedSince} makes at least (one page of each list it reads), for the caller's
     * rate limiter: TikTok Shop reads orders, cancellations and returns, Lazada orders and reverse orders.
     */
    default int changesCalls() {
        return 1;
    }
}
