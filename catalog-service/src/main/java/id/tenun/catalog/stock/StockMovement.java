package id.tenun.catalog.stock;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the stock ledger. Its id is the movement's identity: for an order line
 * {@code ord:<orderId>:<lineId>:<kind>}, so a replayed order event finds its entry and changes nothing.
 *
 * @param requested the signed quantity asked for (negative takes stock away)
 * @param applied the signed quantity that moved (a reservation takes at most what is available)
 * @param oversold how much of a reservation found no stock: flagged, never dropped
 * @param state PENDING while being applied, then APPLIED, or REFUSED (not enough stock for an adjustment)
 */
@Document("stock_movements")
public record StockMovement(@Id String id, String productId, String groupId, String sku, MovementKind kind,
        long requested, long applied, long oversold, String orderId, String lineId, String reason, String by,
        Instant at, State state) {

    public enum State {
        PENDING, APPLIED, REFUSED
    }

    public boolean flaggedOversold() {
        return oversold > 0;
    }

    StockMovement settled(State state, long applied, long oversold) {
        return new StockMovement(id, productId, groupId, sku, kind, requested, applied, oversold, orderId, lineId,
                reason, by, at, state);
    }
}
