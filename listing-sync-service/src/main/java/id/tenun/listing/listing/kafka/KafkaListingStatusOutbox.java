package id.tenun.listing.listing.kafka;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.tenun.events.EventIds;
import id.tenun.events.TenunEvent;
import id.tenun.events.Topics;
import id.tenun.events.listing.ListingStatusChanged;
import id.tenun.listing.listing.Listing;
import id.tenun.listing.listing.ListingStatusOutbox;
import id.tenun.listing.listing.Listings;

/**
 * Publishes {@code listing.status.v1} for every visible change of a listing, then marks it published; a periodic
 * sweep publishes what a crash or a Kafka outage left behind. The event id is derived from (listing, state
 * version), so publishing twice publishes the same event.
 */
@Component
class KafkaListingStatusOutbox implements ListingStatusOutbox {

    private static final Logger log = LoggerFactory.getLogger(KafkaListingStatusOutbox.class);

    private final KafkaTemplate<String, TenunEvent> kafka;
    private final Listings listings;
    private final Clock clock;

    KafkaListingStatusOutbox(KafkaTemplate<String, TenunEvent> kafka, @Lazy Listings listings, Clock clock) {
        this.kafka = kafka;
        this.listings = listings;
        this.clock = clock;
    }

    @Override
    public void changed(Listing listing) {
        ListingStatusChanged event;
        try {
            event = eventOf(listing);
        } catch (IllegalArgumentException e) {
            log.warn("Listing {} cannot be told as an event: {}", listing.id(), e.getMessage());
            listings.markPublished(listing.id(), listing.stateVersion());
            return;
        }
        kafka.send(Topics.LISTING_STATUS, event.key(), event).whenComplete((sent, failure) -> {
            if (failure == null) {
                listings.markPublished(listing.id(), listing.stateVersion());
            } else {
                log.warn("Listing {} state {} not published yet: {}", listing.id(), listing.state(), failure.toString());
            }
        });
    }

    ListingStatusChanged eventOf(Listing listing) {
        return new ListingStatusChanged(
                EventIds.derived(ListingStatusChanged.TYPE, listing.id(), listing.stateVersion()), clock.instant(),
                ListingStatusChanged.SCHEMA_VERSION, listing.productId(), listing.sku(), listing.groupId(),
                listing.channel(), listing.shopId(), listing.state(), listing.externalId(), listing.externalUrl(),
                listing.lastError(), Math.max(1, listing.productVersion()), listing.stateVersion());
    }

    @Scheduled(fixedDelayString = "${tenun.listing.sync.publish-sweep:5s}")
    void sweep() {
        for (Listing listing : listings.unpublished(500)) {
            changed(listing);
        }
    }

}
