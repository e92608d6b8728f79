package id.tenun.catalog.product;

import java.util.List;

/** In-process notice: new variants came with opening stock, for the stock ledger to record in one go. */
public record StocksOpened(List<StockOpened> openings) {

    public StocksOpened {
        openings = List.copyOf(openings);
    }
}
