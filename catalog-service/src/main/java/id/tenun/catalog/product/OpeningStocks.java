package id.tenun.catalog.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the stock ledger what opening stock new variants came with, in one notice per change or batch. */
@Component
class OpeningStocks {

    private final ApplicationEventPublisher events;

    OpeningStocks(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The openings of those of the product's new SKUs ({@code stock}) that come with some stock. */
    static List<StockOpened> of(Product product, Map<String, Long> stock, String by) {
        List<StockOpened> openings = new ArrayList<>();
        stock.forEach((sku, quantity) -> {
            if (quantity != null && quantity > 0) {
                openings.add(new StockOpened(product.id(), product.groupId(), sku, quantity, by));
            }
        });
        return openings;
    }

    void announce(List<StockOpened> openings) {
        if (!openings.isEmpty()) {
            events.publishEvent(new StocksOpened(openings));
        }
    }
}
