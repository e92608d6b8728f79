package id.tenun.console.services;

import java.time.Instant;
import java.util.List;

/** What listing sync answers, as the console's pages read it. */
public final class ListingAnswers {

    private ListingAnswers() {
    }

    public record Listing(String id, String productId, String sku, String groupId, String channel, String state,
            String externalUrl, ListingError lastError, Instant lastSuccessAt) {
    }

    public record ListingError(String marketplaceCode, String marketplaceMessage, Text explanation) {
    }

    public record ListingPage(List<Listing> items, int page, int size, long total) {
    }

    /** A group's shop on one marketplace, never with a secret. */
    public record Connection(String groupId, String channel, String shopId, ShopAuthorization authorization,
            Instant createdAt) {

        /** {@code connected}, or {@code reauthorize} when the marketplace no longer takes Tenun's tokens. */
        public String state() {
            return authorization != null && "NEEDS_REAUTHORIZATION".equals(authorization.state())
                    ? "reauthorize"
                    : "connected";
        }
    }

    public record ShopAuthorization(String state, Instant renewedAt, Instant refusedAt, String marketplaceMessage,
            Text message) {
    }

    /** Where to send the seller to grant Tenun access to their shop. */
    public record AuthorizationStarted(String authorizationUrl, Instant expiresAt) {
    }

    /** The shop a seller's grant connected. */
    public record ShopConnected(String groupId, String channel, String shopId, String status) {
    }

    /** How one marketplace is doing: its breaker (the worst of its shops'), listings behind, the last success. */
    public record ChannelReport(String channel, String breakerState, long backlog, Instant lastSuccessAt,
            List<ShopReport> shops) {
    }

    /** How one shop's calls are doing: its breaker, quota used in the last minute, calls waiting for quota. */
    public record ShopReport(String shopId, String breakerState, double quotaUsedPercentLastMinute,
            int limiterWaitingThreads, Instant lastSuccessAt) {
    }

    /** An order of a shop no group holds, kept until a group connects the shop. */
    public record UnmatchedOrder(String id, String channel, String shopId, String externalOrderId, String status,
            String reason, Instant firstSeenAt, Instant lastSeenAt, long notifications) {
    }

    public record UnmatchedOrderPage(List<UnmatchedOrder> items, int page, int size, long total) {
    }
}
