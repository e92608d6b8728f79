package id.tenun.events.listing;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

import id.tenun.events.Checks;

/**
 * The state of a product's listing on a channel changed, e.g. it went live or was rejected.
 * <p>
 * A listing is one product on one shop of one channel. {@code sku} is null when the listing carries all of the
 * product's variants as one marketplace item (the usual case); it names the SKU when a channel lists a variant
 * on its own. Wire type {@value #TYPE}.
 *
 * @param productId the product listed
 * @param sku the variant listed on its own, or null for the whole product
 * @param groupId the product's group
 * @param channel the channel id, e.g. {@code shopee}
 * @param shopId the marketplace's shop id
 * @param state where the listing stands
 * @param externalId the marketplace's item id once it has one (required when {@code LIVE})
 * @param externalUrl the listing's public page, or null
 * @param lastError the last error (required when {@code REJECTED} or {@code ERROR}), or null
 * @param productVersion the product version this listing reflects
 * @param version the listing's own version, increasing with every change of state
 */
@JsonTypeName(ListingStatusChanged.TYPE)
public record ListingStatusChanged(UUID eventId, Instant occurredAt, int schemaVersion, String productId, String sku,
        String groupId, String channel, String shopId, ListingState state, String externalId, String externalUrl,
        ListingError lastError, long productVersion, long version) implements ListingEvent {

    public static final String TYPE = "listing.status-changed";

    public static final int SCHEMA_VERSION = 1;

    public ListingStatusChanged {
        Checks.header("ListingStatusChanged", eventId, occurredAt, schemaVersion);
        Checks.notBlank(productId, "ListingStatusChanged.productId");
        Checks.blankToNull(sku, "ListingStatusChanged.sku");
        Checks.notBlank(groupId, "ListingStatusChanged.groupId");
        Checks.channel(channel, "ListingStatusChanged.channel");
        Checks.keyPart(shopId, "ListingStatusChanged.shopId");
        Checks.notNull(state, "ListingStatusChanged.state");
        Checks.blankToNull(externalId, "ListingStatusChanged.externalId");
        if (externalUrl != null) {
            Checks.httpUrl(externalUrl, "ListingStatusChanged.externalUrl");
        }
        if (state == ListingState.LIVE && externalId == null) {
            throw new IllegalArgumentException("ListingStatusChanged.externalId is required when the state is LIVE");
        }
        if ((state == ListingState.REJECTED || state == ListingState.ERROR) && lastError == null) {
            throw new IllegalArgumentException(
                    "ListingStatusChanged.lastError is required when the state is " + state);
        }
        Checks.positive(productVersion, "ListingStatusChanged.productVersion");
        Checks.positive(version, "ListingStatusChanged.version");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return productId;
    }

}
