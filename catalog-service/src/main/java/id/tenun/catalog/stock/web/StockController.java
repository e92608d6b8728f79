package id.tenun.catalog.stock.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import id.tenun.catalog.paging.PageOf;
import id.tenun.catalog.product.ProductCatalog;
import id.tenun.catalog.stock.AdjustStock;
import id.tenun.catalog.stock.StockLedger;
import id.tenun.catalog.stock.StockMovement;
import id.tenun.catalog.stock.StockMovements;
import id.tenun.support.paging.PageRequest;
import id.tenun.support.security.CurrentUser;

@RestController
class StockController {

    private final StockLedger ledger;
    private final StockMovements movements;
    private final ProductCatalog catalog;

    StockController(StockLedger ledger, StockMovements movements, ProductCatalog catalog) {
        this.ledger = ledger;
        this.movements = movements;
        this.catalog = catalog;
    }

    /** Adds (positive) or takes away (negative) stock of one SKU, with a reason; 409 if not enough is there. */
    @Operation(summary = "Adjust a SKU's stock")
    @PostMapping("/api/products/{id}/stock-adjustments")
    @ResponseStatus(HttpStatus.CREATED)
    StockLedger.Adjusted adjust(@PathVariable String id, @RequestBody AdjustStock command, CurrentUser user) {
        return ledger.adjust(id, command, user);
    }

    /** The product's stock ledger, newest first. */
    @Operation(summary = "List a product's stock movements")
    @GetMapping("/api/products/{id}/stock-movements")
    PageOf<StockMovement> movements(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, CurrentUser user) {
        catalog.find(id, user);
        return movements.ofProduct(id, PageRequest.of(page, size, PageOf.MAX_SIZE));
    }
}
