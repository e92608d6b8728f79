package id.tenun.catalog.stock;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Service;

import id.tenun.catalog.product.Product;
import id.tenun.catalog.product.ProductCatalog;
import id.tenun.catalog.product.Products;
import id.tenun.catalog.product.StocksOpened;
import id.tenun.catalog.publishing.Outbox;
import id.tenun.catalog.stock.StockMovement.State;
import id.tenun.support.problems.Conflict;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.security.CurrentUser;

/**
 * The stock ledger: every movement of a SKU's stock is an entry, recorded first (PENDING), then applied to the
 * product with one conditional update that also remembers the movement's id (so it is applied once), then
 * settled. Available stock never goes below zero: an adjustment that would is refused, a reservation takes what
 * there is and flags the rest as oversold. Each applied movement raises the product's version, so a new
 * snapshot goes out at once.
 */
@Service
@EnableConfigurationProperties(StockSettings.class)
public class StockLedger implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(StockLedger.class);
    private static final int ATTEMPTS = 200;

    private final StockMovements movements;
    private final Products products;
    private final ProductCatalog catalog;
    private final Outbox outbox;
    private final StockSettings settings;
    private final Clock clock;

    StockLedger(StockMovements movements, Products products, ProductCatalog catalog, Outbox outbox,
            StockSettings settings, Clock clock) {
        this.movements = movements;
        this.products = products;
        this.catalog = catalog;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** A person's adjustment; refused with 409 when it would take more than is available. */
    public Adjusted adjust(String productId, AdjustStock command, CurrentUser user) {
        Product product = catalog.find(productId, user);
        if (!product.hasSku(command.sku())) {
            throw InvalidInput.of("sku", "SKU " + command.sku() + " bukan milik produk ini.",
                    "SKU " + command.sku() + " is not this product's.");
        }
        StockMovement movement = new StockMovement("adj:" + UUID.randomUUID(), productId, product.groupId(),
                command.sku(), MovementKind.ADJUSTMENT, command.delta(), 0, 0, null, null, command.reason(),
                user.subject(), clock.instant(), State.PENDING);
        movements.recordOrExisting(movement);
        long delta = command.delta();
        boolean applied = products.applyMovement(productId, command.sku(), delta < 0
                ? where("stock." + command.sku()).gte(-delta)
                : where("stock." + command.sku()).not().gt(StockQuantities.MAX_STOCK - delta), delta, 0,
                movement.id(), clock.instant());
        if (!applied) {
            movements.settle(movement.settled(State.REFUSED, 0, 0));
            long available = products.byId(productId).map(p -> p.stockOf(command.sku())).orElse(0L);
            if (delta > 0) {
                throw new Conflict("Stok paling banyak " + StockQuantities.MAX_STOCK + "; tersedia " + available
                        + ".",
                        "The stock may be at most " + StockQuantities.MAX_STOCK + "; " + available
                                + " available.");
            }
            throw new Conflict("Stok tidak cukup: tersedia " + available + ", diminta kurang " + (-delta) + ".",
                    "Not enough stock: " + available + " available, asked to take " + (-delta) + ".");
        }
        StockMovement settled = movement.settled(State.APPLIED, delta, 0);
        movements.settle(settled);
        outbox.changed();
        return new Adjusted(settled, products.byId(productId).map(p -> p.stockOf(command.sku())).orElse(0L));
    }

    public record Adjusted(StockMovement movement, long available) {
    }

    /** Holds an order line's quantity; once per (order, line), whatever how often the order event comes. */
    public void reserve(String orderId, OrderLineStock line) {
        Optional<Product> found = productOf(line);
        if (found.isEmpty()) {
            log.info("Order {} line {}: SKU {} is not in the catalog; nothing reserved", orderId, line.lineId(),
                    line.sku());
            return;
        }
        Product product = found.get();
        StockMovement movement = orderMovement(orderId, line, product, MovementKind.RESERVATION, -line.quantity());
        Optional<StockMovement> existing = movements.recordOrExisting(movement);
        if (existing.isPresent() && existing.get().state() != State.PENDING) {
            return;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Product current = products.byId(product.id()).orElseThrow();
            if (current.movements().contains(movement.id())) {
                movements.settle(movement.settled(State.APPLIED, -line.quantity(), 0));
                return;
            }
            long available = current.stockOf(line.sku());
            long taken = Math.min(Math.max(available, 0), line.quantity());
            long oversold = line.quantity() - taken;
            if (products.applyMovement(product.id(), line.sku(), where("stock." + line.sku()).is(available), -taken,
                    oversold, movement.id(), clock.instant())) {
                movements.settle(movement.settled(State.APPLIED, -taken, oversold));
                if (oversold > 0) {
                    log.warn("OVERSOLD: order {} line {} wanted {} of {} but only {} were available", orderId,
                            line.lineId(), line.quantity(), line.sku(), taken);
                }
                outbox.changed();
                return;
            }
        }
        throw new IllegalStateException("Could not reserve " + line.sku() + " for order " + orderId
                + " after " + ATTEMPTS + " attempts; will be retried");
    }

    /** Gives back what an order line held, at most what it took; once per (order, line, kind). */
    public void release(String orderId, OrderLineStock line, MovementKind kind) {
        Optional<Product> found = productOf(line);
        if (found.isEmpty()) {
            return;
        }
        Product product = found.get();
        StockMovement movement = orderMovement(orderId, line, product, kind, line.quantity());
        Optional<StockMovement> existing = movements.recordOrExisting(movement);
        if (existing.isPresent() && existing.get().state() != State.PENDING) {
            return;
        }
        List<StockMovement> ofLine = movements.ofOrderLine(orderId, line.lineId());
        long taken = StockQuantities.sum(ofLine.stream()
                .filter(m -> m.kind() == MovementKind.RESERVATION && m.state() == State.APPLIED)
                .mapToLong(m -> Math.negateExact(m.applied())));
        long released = StockQuantities.sum(ofLine.stream()
                .filter(m -> !m.id().equals(movement.id()) && m.state() == State.APPLIED
                        && (m.kind() == MovementKind.CANCELLATION_RELEASE || m.kind() == MovementKind.RETURN_RELEASE))
                .mapToLong(StockMovement::applied));
        long amount = Math.max(0, Math.min(line.quantity(), Math.subtractExact(taken, released)));
        if (amount == 0 || products.hasApplied(product.id(), movement.id())) {
            movements.settle(movement.settled(State.APPLIED, amount == 0 ? 0 : amount, 0));
            return;
        }
        products.applyMovement(product.id(), line.sku(), null, amount, 0, movement.id(), clock.instant());
        movements.settle(movement.settled(State.APPLIED, amount, 0));
        outbox.changed();
    }

    /** Records new variants' opening stock, once each (a retried import finds the entries there already). */
    @EventListener
    void opened(StocksOpened opened) {
        Instant now = clock.instant();
        movements.recordAllOrExisting(opened.openings().stream()
                .map(o -> new StockMovement("open:" + o.productId() + ":" + o.sku(), o.productId(), o.groupId(),
                        o.sku(), MovementKind.OPENING, o.quantity(), o.quantity(), 0, null, null,
                        "Stok awal / opening stock", o.by(), now, State.APPLIED))
                .toList());
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::repairPending, settings.repairInterval(),
                settings.repairInterval()));
    }

    /**
     * Settles what a crash left PENDING: if the product shows the movement it was applied; otherwise an
     * adjustment never happened (REFUSED: the person saw an error) and an order movement is done again.
     */
    void repairPending() {
        for (StockMovement m : movements.pendingSince(clock.instant().minus(Duration.ofMinutes(1)), 500)) {
            try {
                if (products.hasApplied(m.productId(), m.id())) {
                    movements.settle(m.settled(State.APPLIED, m.requested(), 0));
                } else if (m.kind() == MovementKind.ADJUSTMENT) {
                    movements.settle(m.settled(State.REFUSED, 0, 0));
                } else if (m.kind() == MovementKind.RESERVATION) {
                    reserve(m.orderId(), new OrderLineStock(m.lineId(), m.sku(), m.productId(), -m.requested()));
                } else {
                    release(m.orderId(), new OrderLineStock(m.lineId(), m.sku(), m.productId(), m.requested()),
                            m.kind());
                }
            } catch (RuntimeException e) {
                log.warn("Could not settle stock movement {}: {}", m.id(), e.toString());
            }
        }
    }

    private Optional<Product> productOf(OrderLineStock line) {
        if (line.productId() != null) {
            Optional<Product> product = products.byId(line.productId()).filter(p -> p.hasSku(line.sku()));
            if (product.isPresent()) {
                return product;
            }
        }
        return products.bySku(line.sku());
    }

    private StockMovement orderMovement(String orderId, OrderLineStock line, Product product, MovementKind kind,
            long requested) {
        return new StockMovement("ord:" + orderId + ":" + line.lineId() + ":" + kind, product.id(),
                product.groupId(), line.sku(), kind, requested, 0, 0, orderId, line.lineId(), null, "orders.v1",
                clock.instant(), State.PENDING);
    }
}
