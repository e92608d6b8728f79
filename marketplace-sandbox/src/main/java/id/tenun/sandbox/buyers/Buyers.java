package id.tenun.sandbox.buyers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import id.tenun.sandbox.core.SandboxListing;
import id.tenun.sandbox.core.SandboxListings;

/** Simulated buyers: they order listed products, pay, receive, complete, and sometimes cancel or return. */
@Component
public class Buyers {

    private final SandboxListings listings;

    private final SandboxOrders orders;

    private final Map<String, ChannelOrders> channels;

    private final BuyersProperties properties;

    private final Clock clock;

    Buyers(SandboxListings listings, SandboxOrders orders, List<ChannelOrders> channels, BuyersProperties properties,
            Clock clock) {
        this.listings = listings;
        this.orders = orders;
        this.channels = channels.stream().collect(Collectors.toMap(ChannelOrders::channel, Function.identity()));
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Places an order for {@code quantity} units of a live listing (of that SKU, if given) in the shop (any shop, if
     * not given), taking the stock, and announces it.
     */
    public Optional<SandboxOrder> place(String channel, String shopId, String sellerSku, int quantity) {
        ChannelOrders channelOrders = channels.get(channel);
        if (channelOrders == null || quantity < 1) {
            return Optional.empty();
        }
        List<SandboxListing> candidates = listings.all(channel, shopId)
                .stream()
                .filter(listing -> listing.getState() == SandboxListing.State.ACTIVE)
                .filter(listing -> sellerSku == null || sellerSku.equals(listing.getSellerSku()))
                .filter(listing -> listing.getStock() >= quantity)
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        SandboxListing listing = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
        if (!listing.take(quantity, clock.instant())) {
            return Optional.empty();
        }
        SandboxOrder order = new SandboxOrder(channel, listing.getShopId(), channelOrders.newOrderId(),
                List.of(new SandboxOrder.Line(listing.getItemId(), listing.getSkuId(), listing.getSellerSku(),
                        listing.getInput().title(), quantity, listing.getPrice())),
                clock.instant());
        orders.save(order);
        channelOrders.announce(order);
        return Optional.of(order);
    }

    /** Moves an order to a later stage if its lifecycle allows, giving stock back on cancel and return. */
    public Optional<SandboxOrder> move(String channel, String orderId, Stage next) {
        Optional<SandboxOrder> found = orders.find(channel, null, orderId);
        if (found.isEmpty() || !found.get().moveTo(next, clock.instant())) {
            return Optional.empty();
        }
        SandboxOrder order = found.get();
        if (next == Stage.CANCELLED || next == Stage.RETURNED) {
            for (SandboxOrder.Line line : order.getLines()) {
                listings.find(channel, order.getShopId(), line.itemId())
                        .ifPresent(listing -> listing.giveBack(line.quantity(), clock.instant()));
            }
        }
        channels.get(channel).announce(order);
        return found;
    }

    /** The seller refuses the order's pending cancellation or return: it goes back to where it was, stock still taken. */
    public Optional<SandboxOrder> refuse(String channel, String orderId) {
        Optional<SandboxOrder> found = orders.find(channel, null, orderId);
        if (found.isEmpty() || !found.get().refuse(clock.instant())) {
            return Optional.empty();
        }
        channels.get(channel).announce(found.get());
        return found;
    }

    /** One random order on a random channel and product, if anything is listed. */
    public void placeRandom() {
        List<String> live = channels.keySet()
                .stream()
                .filter(channel -> listings.all(channel, null)
                        .stream()
                        .anyMatch(
                                listing -> listing.getState() == SandboxListing.State.ACTIVE && listing.getStock() > 0))
                .toList();
        if (live.isEmpty()) {
            return;
        }
        String channel = live.get(ThreadLocalRandom.current().nextInt(live.size()));
        int quantity = 1 + ThreadLocalRandom.current().nextInt(Math.max(1, properties.maxQuantity()));
        place(channel, null, null, quantity).or(() -> place(channel, null, null, 1));
    }

    /** Moves every open order one step on, cancelling or returning some. */
    public void step() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (SandboxOrder order : orders.all(null)) {
            Stage stage = order.getStage();
            if (!stage.open()) {
                continue;
            }
            Stage next = stage.next();
            if ((stage == Stage.UNPAID || stage == Stage.PAID) && random.nextDouble() < properties.cancelRate()) {
                next = Stage.CANCELLED;
            } else if (stage == Stage.DELIVERED && random.nextDouble() < properties.returnRate()) {
                next = Stage.RETURNED;
            }
            move(order.getChannel(), order.getOrderId(), next);
        }
    }
}
