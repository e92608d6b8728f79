package id.tenun.sandbox.buyers;

import java.util.List;

/** What the buyers need from a channel's stand-in: its shops, its order ids, and its push for a change. */
public interface ChannelOrders {

    String channel();

    List<String> shopIds();

    String newOrderId();

    /** Sends the marketplace's webhook for the order's current stage, signed its way. */
    void announce(SandboxOrder order);
}
