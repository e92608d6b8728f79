package id.tenun.sandbox.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** Every listing the sandbox holds, per channel and shop. */
@Component
public class SandboxListings {

    private final Map<String, SandboxListing> listings = new ConcurrentHashMap<>();

    private final AtomicLong ids = new AtomicLong(1_729_000_000_000_000_000L);

    public String nextId() {
        return Long.toString(ids.incrementAndGet());
    }

    public void save(SandboxListing listing) {
        listings.put(key(listing.getChannel(), listing.getShopId(), listing.getItemId()), listing);
    }

    public Optional<SandboxListing> find(String channel, String shopId, String itemId) {
        return Optional.ofNullable(listings.get(key(channel, shopId, itemId)));
    }

    public List<SandboxListing> all(String channel, String shopId) {
        return listings.values()
                .stream()
                .filter(listing -> channel == null || listing.getChannel().equals(channel))
                .filter(listing -> shopId == null || listing.getShopId().equals(shopId))
                .sorted(Comparator.comparing(SandboxListing::getCreatedAt))
                .toList();
    }

    /** A shop's listings of one channel, oldest first, those with one of {@code sellerSkus} only unless it is empty. */
    public List<SandboxListing> bySellerSku(String channel, String shopId, Collection<String> sellerSkus) {
        return all(channel, shopId).stream()
                .filter(listing -> sellerSkus.isEmpty() || sellerSkus.contains(listing.getSellerSku()))
                .toList();
    }

    private static String key(String channel, String shopId, String itemId) {
        return channel + "/" + shopId + "/" + itemId;
    }
}
