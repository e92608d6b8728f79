package id.tenun.listing.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.events.LocalizedText;
import id.tenun.events.listing.ListingError;
import id.tenun.events.listing.ListingState;

class ListingStateUnitTests {

    static final Instant T0 = Instant.parse("2026-03-10T02:30:00Z");
    static final Duration SETTLE = Duration.ofMillis(300);
    static final Listing.Rules RULES = new Listing.Rules(
            new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), 0.0), Duration.ofSeconds(2), 3, () -> 0.5);
    static final ListingError TIMEOUT = new ListingError(null, "Timed out", new LocalizedText("Coba lagi.", "Retry."));

    static ListingPayload payload(long price, int stock) {
        return new ListingPayload("Sarung Tenun Ikat Sikka", "Pewarna alam", "600301", Map.of("100200", "kapas"), price,
                stock, stock, 800, 35, 25, 5, List.of("https://img.example/1.png"), "", "", "");
    }

    static Desired list(long version, long price, int stock) {
        return new Desired(Intent.LIST, payload(price, stock), version, null);
    }

    static Listing fresh() {
        return Listing.wanted("prd-1", "SKU-1", "grp-1", "shopee", "300100001", "grp-1:shopee", list(1, 125_000, 3),
                T0, SETTLE);
    }

    static Listing live() {
        Listing listing = fresh();
        Listing.Work work = listing.plan();
        return listing.settle(work, Operation.CREATE, new Outcome.Live("item-9"), T0.plusSeconds(1), RULES);
    }

    @Test
    void aNewListingIsPendingAndWaitsForQuickChangesToSettle() {
        Listing listing = fresh();
        assertThat(listing.state()).isEqualTo(ListingState.PENDING);
        assertThat(listing.needsWork()).isTrue();
        assertThat(listing.nextAttemptAt()).isEqualTo(T0.plus(SETTLE));
        assertThat(listing.statePublished()).isFalse();
        assertThat(listing.plan().operations()).containsExactly(Operation.CREATE);
    }

    @Test
    void aCappedStockIsPushedAgainWhenTheCatalogsStockMovedThoughTheRuleGivesTheSameNumber() {
        Listing listing = live();
        ListingPayload capped = payload(125_000, 3).withPriceAndStock(125_000, 3, 35);
        Listing sold = listing.desire(new Desired(Intent.LIST, capped, 2, null), T0, SETTLE);

        assertThat(sold).isNotSameAs(listing);
        assertThat(sold.plan().operations()).containsExactly(Operation.UPDATE_STOCK);
    }

    @Test
    void aDuplicateOrOlderEffectChangesNothing() {
        Listing listing = live();
        assertThat(listing.desire(list(1, 125_000, 3), T0, SETTLE)).isSameAs(listing);
        // a new product version this marketplace does not show differently
        assertThat(listing.desire(list(2, 125_000, 3), T0, SETTLE)).isSameAs(listing);
    }

    @Test
    void coalescesTenQuickChangesIntoOnePushOfTheNewest() {
        Listing listing = live();
        Instant first = T0.plusSeconds(10);
        for (int i = 1; i <= 10; i++) {
            listing = listing.desire(list(1 + i, 125_000 + i, 3), first.plusMillis(i * 10), SETTLE);
        }
        assertThat(listing.nextAttemptAt()).isEqualTo(first.plusMillis(10).plus(SETTLE));
        Listing.Work work = listing.plan();
        assertThat(work.operations()).containsExactly(Operation.UPDATE_PRICE);
        assertThat(work.desired().payload().priceRupiah()).isEqualTo(125_010);
        Listing done = listing.settle(work, Operation.UPDATE_PRICE, new Outcome.Live("item-9"), first.plusSeconds(1),
                RULES);
        assertThat(done.needsWork()).isFalse();
        assertThat(done.syncedVersion()).isEqualTo(done.desiredVersion());
    }

    @Test
    void pushesStockFirstThenPriceWithTheCheapEndpointsAndContentWithAFullUpdate() {
        assertThat(live().desire(list(2, 125_000, 1), T0, SETTLE).plan().operations())
                .containsExactly(Operation.UPDATE_STOCK);
        assertThat(live().desire(list(2, 99_000, 1), T0, SETTLE).plan().operations())
                .containsExactly(Operation.UPDATE_STOCK, Operation.UPDATE_PRICE);
        Desired renamed = new Desired(Intent.LIST, payload(125_000, 3).withPriceAndStock(125_000, 3, 3), 2, null);
        ListingPayload other = new ListingPayload("Sarung Baru", "x", "600301", Map.of(), 125_000, 3, 3, 800, 35, 25,
                5, List.of(), "", "", "");
        assertThat(live().desire(new Desired(Intent.LIST, other, 2, null), T0, SETTLE).plan().operations())
                .containsExactly(Operation.UPDATE);
        assertThat(renamed.sameEffectAs(live().desired())).isTrue();
    }

    @Test
    void followsTheAuditUntilItIsFinal() {
        Listing listing = fresh();
        Listing.Work create = listing.plan();
        Listing inReview = listing.settle(create, Operation.CREATE, new Outcome.InReview("tts-1"), T0, RULES);
        assertThat(inReview.state()).isEqualTo(ListingState.IN_REVIEW);
        assertThat(inReview.needsWork()).isTrue();
        assertThat(inReview.nextAttemptAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(inReview.plan().operations()).containsExactly(Operation.STATUS);
        Listing stillInReview = inReview.settle(inReview.plan(), Operation.STATUS, new Outcome.InReview("tts-1"),
                T0.plusSeconds(2), RULES);
        assertThat(stillInReview.stateVersion()).isEqualTo(inReview.stateVersion());
        Listing liveNow = stillInReview.settle(stillInReview.plan(), Operation.STATUS, new Outcome.Live("tts-1"),
                T0.plusSeconds(4), RULES);
        assertThat(liveNow.state()).isEqualTo(ListingState.LIVE);
        assertThat(liveNow.needsWork()).isFalse();
        assertThat(liveNow.externalId()).isEqualTo("tts-1");
        assertThat(liveNow.statePublished()).isFalse();
    }

    @Test
    void aRejectionKeepsTheMarketplaceWordsAndWaitsForTheProductToChange() {
        Listing listing = fresh();
        ListingError why = new ListingError(null, "mandatory attribute 100200 (Bahan) is missing",
                new LocalizedText("Lengkapi atribut produk.", "Complete the product's attributes."));
        Listing rejected = listing.settle(listing.plan(), Operation.CREATE, new Outcome.Refused(why), T0, RULES);
        assertThat(rejected.state()).isEqualTo(ListingState.REJECTED);
        assertThat(rejected.lastError()).isEqualTo(why);
        assertThat(rejected.needsWork()).isFalse();
        Listing fixed = rejected.desire(list(2, 130_000, 3), T0, SETTLE);
        assertThat(fixed.needsWork()).isTrue();
        assertThat(fixed.plan().operations()).containsExactly(Operation.FIND_OR_CREATE);
    }

    @Test
    void aCreateWhoseAnswerWasLostIsFollowedByASearchBySellerSkuNeverABlindCreate() {
        Listing listing = fresh();
        assertThat(listing.createMayHaveLanded()).isFalse();

        Listing unanswered = listing.settle(listing.plan(), Operation.CREATE, new Outcome.Failed(TIMEOUT), T0, RULES);
        assertThat(unanswered.state()).isEqualTo(ListingState.SUBMITTED);
        assertThat(unanswered.createMayHaveLanded()).isTrue();
        assertThat(unanswered.plan().operations()).containsExactly(Operation.FIND_OR_CREATE);

        Listing searchFailed = unanswered.settle(unanswered.plan(), Operation.FIND_OR_CREATE,
                new Outcome.Failed(TIMEOUT),
                T0, RULES);
        Listing stillFailing = searchFailed.settle(searchFailed.plan(), Operation.FIND_OR_CREATE,
                new Outcome.Failed(TIMEOUT), T0, RULES);
        assertThat(stillFailing.state()).isEqualTo(ListingState.ERROR);
        assertThat(stillFailing.plan().operations()).containsExactly(Operation.FIND_OR_CREATE);

        Listing adopted = stillFailing.settle(stillFailing.plan(), Operation.FIND_OR_CREATE, new Outcome.Live("item-7"),
                T0, RULES);
        assertThat(adopted.externalId()).isEqualTo("item-7");
        assertThat(adopted.state()).isEqualTo(ListingState.LIVE);
        assertThat(adopted.createMayHaveLanded()).isFalse();
    }

    @Test
    void backsOffExponentiallyAndShowsErrorAfterRepeatedFailures() {
        Listing listing = live().desire(list(2, 125_000, 1), T0, SETTLE);
        Instant now = T0.plusSeconds(60);
        Listing once = listing.settle(listing.plan(), Operation.UPDATE_STOCK, new Outcome.Failed(TIMEOUT), now, RULES);
        assertThat(once.nextAttemptAt()).isEqualTo(now.plusSeconds(1));
        assertThat(once.state()).isEqualTo(ListingState.LIVE);
        Listing twice = once.settle(once.plan(), Operation.UPDATE_STOCK, new Outcome.Failed(TIMEOUT), now, RULES);
        assertThat(twice.nextAttemptAt()).isEqualTo(now.plusSeconds(2));
        Listing thrice = twice.settle(twice.plan(), Operation.UPDATE_STOCK, new Outcome.Failed(TIMEOUT), now, RULES);
        assertThat(thrice.nextAttemptAt()).isEqualTo(now.plusSeconds(4));
        assertThat(thrice.state()).isEqualTo(ListingState.ERROR);
        assertThat(thrice.lastError()).isEqualTo(TIMEOUT);
        assertThat(thrice.needsWork()).isTrue();
        Listing recovered = thrice.settle(thrice.plan(), Operation.UPDATE_STOCK, new Outcome.Live("item-9"), now,
                RULES);
        assertThat(recovered.state()).isEqualTo(ListingState.LIVE);
        assertThat(recovered.attempts()).isZero();
        assertThat(recovered.lastError()).isNull();
    }

    @Test
    void honoursRetryAfterAndDoesNotCountDeferralsAsAttempts() {
        Listing listing = live().desire(list(2, 125_000, 1), T0, SETTLE);
        Listing throttled = listing.settle(listing.plan(), Operation.UPDATE_STOCK,
                new Outcome.Throttled(Duration.ofSeconds(7), "429"), T0, RULES);
        assertThat(throttled.nextAttemptAt()).isAfterOrEqualTo(T0.plusSeconds(7));
        assertThat(throttled.attempts()).isZero();
        Listing deferred = throttled.settle(throttled.plan(), null,
                new Outcome.Deferred(Duration.ofSeconds(30), "open"),
                T0, RULES);
        assertThat(deferred.nextAttemptAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(deferred.attempts()).isZero();
        assertThat(deferred.needsWork()).isTrue();
    }

    @Test
    void pausesAnUnpublishableProductAndBringsItBackWithAFullUpdate() {
        ListingError expired = new ListingError("CERTIFICATION_EXPIRED", null,
                new LocalizedText("Sertifikat PIRT kedaluwarsa.", "The PIRT certificate expired."));
        Listing paused = live().desire(new Desired(Intent.PAUSE, null, 2, expired), T0, SETTLE);
        assertThat(paused.plan().operations()).containsExactly(Operation.DEACTIVATE);
        Listing done = paused.settle(paused.plan(), Operation.DEACTIVATE, new Outcome.Inactive("item-9"), T0, RULES);
        assertThat(done.state()).isEqualTo(ListingState.PAUSED);
        assertThat(done.lastError()).isEqualTo(expired);
        Listing back = done.desire(list(3, 125_000, 3), T0, SETTLE);
        assertThat(back.plan().operations()).containsExactly(Operation.UPDATE);
    }

    @Test
    void pausesOrDelistsWithoutACallWhatWasNeverListed() {
        ListingError archived = new ListingError("ARCHIVED", null, new LocalizedText("Diarsipkan.", "Archived."));
        Listing listing = fresh().desire(new Desired(Intent.DELIST, null, 2, archived), T0, SETTLE);
        assertThat(listing.plan().operations()).isEmpty();
        Listing done = listing.settle(listing.plan(), null, new Outcome.NothingToDo(), T0, RULES);
        assertThat(done.state()).isEqualTo(ListingState.DELISTED);
        assertThat(done.needsWork()).isFalse();
    }

    @Test
    void aChangeThatArrivesDuringACallKeepsTheListingDue() {
        Listing listing = live().desire(list(2, 100_000, 3), T0, SETTLE);
        Listing.Work inFlight = listing.plan();
        Listing newer = listing.desire(list(3, 90_000, 3), T0.plusMillis(50), SETTLE);
        Listing done = newer.settle(inFlight, Operation.UPDATE_PRICE, new Outcome.Live("item-9"), T0.plusSeconds(1),
                RULES);
        assertThat(done.needsWork()).isTrue();
        assertThat(done.syncedVersion()).isLessThan(done.desiredVersion());
        assertThat(done.synced().priceRupiah()).isEqualTo(100_000);
        assertThat(done.plan().operations()).containsExactly(Operation.UPDATE_PRICE);
        assertThat(done.plan().desired().payload().priceRupiah()).isEqualTo(90_000);
    }

    @Test
    void keepsABoundedHistoryOfAttempts() {
        Listing listing = live().desire(list(2, 125_000, 1), T0, SETTLE);
        for (int i = 0; i < 40; i++) {
            listing = listing.settle(listing.plan(), Operation.UPDATE_STOCK, new Outcome.Failed(TIMEOUT), T0, RULES);
        }
        assertThat(listing.history()).hasSize(Listing.HISTORY);
    }

}
