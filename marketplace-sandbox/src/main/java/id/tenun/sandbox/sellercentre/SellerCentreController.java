package id.tenun.sandbox.sellercentre;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.sandbox.core.SandboxListings;

/**
 * What a seller does by hand in a marketplace's seller centre, outside the seller API (no signature, no quota): edit
 * a listing's price or stock. Listing sync's reconciliation must notice and repair it.
 */
@RestController
class SellerCentreController {

    private final SandboxListings listings;

    private final Clock clock;

    SellerCentreController(SandboxListings listings, Clock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    /** Either may be left out; a price in whole rupiah above 0, a stock of 0 or more. */
    record HandEdit(Long price, Integer stock) {
    }

    @PatchMapping("/sandbox/listings/{channel}/{shopId}/{itemId}")
    ResponseEntity<?> edit(@PathVariable String channel, @PathVariable String shopId, @PathVariable String itemId,
            @RequestBody HandEdit edit) {
        if (edit.price() != null && edit.price() <= 0 || edit.stock() != null && edit.stock() < 0) {
            return problem(HttpStatus.BAD_REQUEST, "price must be above 0 and stock 0 or more");
        }
        return listings.find(channel, shopId, itemId).<ResponseEntity<?>>map(listing -> {
            if (edit.price() != null) {
                listing.price(edit.price(), clock.instant());
            }
            if (edit.stock() != null) {
                listing.stock(edit.stock(), clock.instant());
            }
            return ResponseEntity.ok(listing);
        }).orElseGet(
                () -> problem(HttpStatus.NOT_FOUND, "No listing " + itemId + " on " + channel + " shop " + shopId));
    }

    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(status, detail)).build();
    }
}
