package id.tenun.sandbox.buyers;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Buyers on command: place an order, move one through its life, run a step of the simulation. */
@RestController
class BuyersController {

    private final Buyers buyers;

    BuyersController(Buyers buyers) {
        this.buyers = buyers;
    }

    record PlaceOrder(String channel, String shopId, String sellerSku, Integer quantity) {
    }

    record MoveOrder(String status) {
    }

    @PostMapping("/sandbox/buyers/orders")
    ResponseEntity<?> place(@RequestBody PlaceOrder command) {
        return buyers
                .place(command.channel(), command.shopId(), command.sellerSku(),
                        command.quantity() == null ? 1 : command.quantity())
                .<ResponseEntity<?>>map(order -> ResponseEntity.status(HttpStatus.CREATED).body(order))
                .orElseGet(() -> problem(HttpStatus.UNPROCESSABLE_CONTENT,
                        "No live listing with enough stock to order on " + command.channel()));
    }

    /** The seller's answer to a pending request, not a stage: the order goes back to where it was. */
    static final String REFUSED = "REFUSED";

    @PostMapping("/sandbox/orders/{channel}/{orderId}/status")
    ResponseEntity<?> move(@PathVariable String channel, @PathVariable String orderId, @RequestBody MoveOrder command) {
        if (command.status() != null && REFUSED.equalsIgnoreCase(command.status().strip())) {
            return buyers.refuse(channel, orderId)
                    .<ResponseEntity<?>>map(ResponseEntity::ok)
                    .orElseGet(() -> problem(HttpStatus.CONFLICT,
                            "Order " + orderId + " not found or has no pending cancellation or return to refuse"));
        }
        Stage next;
        try {
            next = Stage.valueOf(command.status().toUpperCase(Locale.ROOT));
        } catch (RuntimeException ex) {
            return problem(HttpStatus.BAD_REQUEST, "Unknown status " + command.status() + "; use PAID, SHIPPED,"
                    + " DELIVERED, COMPLETED, CANCEL_REQUESTED, RETURN_REQUESTED, REFUSED, CANCELLED or RETURNED");
        }
        return buyers.move(channel, orderId, next)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.CONFLICT,
                        "Order " + orderId + " not found or cannot move to " + next));
    }

    /** Errors of the control API as RFC 9457 problem details. */
    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        return ResponseEntity.of(ProblemDetail.forStatusAndDetail(status, detail)).build();
    }

    @PostMapping("/sandbox/buyers/step")
    ResponseEntity<Void> step() {
        buyers.step();
        return ResponseEntity.noContent().build();
    }
}
