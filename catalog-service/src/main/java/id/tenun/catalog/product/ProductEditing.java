package id.tenun.catalog.product;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import id.tenun.catalog.product.ProductRules.Resolved;
import id.tenun.catalog.publishing.Outbox;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.PreconditionRequired;
import id.tenun.support.problems.StaleVersion;
import id.tenun.support.problems.Violations;
import id.tenun.support.security.CurrentUser;

/**
 * Replaces a product's details with a new version, based on the version the person read: existing variants keep
 * their SKU and stock (stock changes only through the ledger), new variants get a SKU and their opening stock.
 */
@Service
public class ProductEditing {

    private final Products products;
    private final ProductCatalog catalog;
    private final ProductRules rules;
    private final Skus skus;
    private final OpeningStocks openingStocks;
    private final Outbox outbox;
    private final Clock clock;

    ProductEditing(Products products, ProductCatalog catalog, ProductRules rules, Skus skus,
            OpeningStocks openingStocks, Outbox outbox, Clock clock) {
        this.products = products;
        this.catalog = catalog;
        this.rules = rules;
        this.skus = skus;
        this.openingStocks = openingStocks;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Product update(String id, ProductDetails details, Long basedOn, CurrentUser user) {
        if (basedOn == null) {
            throw new PreconditionRequired("product");
        }
        Product current = catalog.find(id, user);
        if (details.groupId() != null && !details.groupId().equals(current.groupId())) {
            throw InvalidInput.of("groupId", "Produk tidak bisa dipindah ke kelompok lain.",
                    "A product cannot move to another group.");
        }
        if (basedOn != current.version()) {
            throw new StaleVersion("Product", id, basedOn, current.version());
        }
        Violations v = new Violations();
        Resolved resolved = rules.check(details, v);
        checkVariants(current, details, v);
        v.throwIfAny();
        Instant now = clock.instant();
        List<Variant> variants = new ArrayList<>();
        Map<String, Long> stock = new LinkedHashMap<>();
        Map<String, Long> opened = new LinkedHashMap<>();
        for (VariantInput input : details.variants()) {
            String sku = input.sku() != null ? input.sku() : skus.next(resolved.category().skuPrefix());
            variants.add(new Variant(sku, input.attributes(), input.priceRupiah()));
            if (input.sku() != null) {
                stock.put(sku, current.stockOf(sku));
            } else {
                stock.put(sku, input.stock());
                opened.put(sku, input.stock());
            }
        }
        Product next = current.withDetails(details, resolved.category().code(), resolved.channels())
                .withVariants(variants, stock)
                .nextVersion(now, user.subject());
        next = next.withHistory(new HistoryEntry(next.version(), now, user.subject(), "UPDATED",
                ProductChanges.between(current, next)));
        if (!products.replace(next, current.version())) {
            throw new StaleVersion("Product", id, basedOn,
                    products.byId(id).map(Product::version).orElse(current.version()));
        }
        openingStocks.announce(OpeningStocks.of(next, opened, user.subject()));
        outbox.changed();
        return next;
    }

    /** A variant that names a SKU must be one of the product's, and keeps its stock. */
    private static void checkVariants(Product current, ProductDetails details, Violations v) {
        Map<String, Variant> existing = new HashMap<>();
        current.variants().forEach(variant -> existing.put(variant.sku(), variant));
        for (int i = 0; i < details.variants().size(); i++) {
            VariantInput input = details.variants().get(i);
            if (input.sku() == null) {
                continue;
            }
            if (!existing.containsKey(input.sku())) {
                v.add("variants[" + i + "].sku", "SKU " + input.sku() + " bukan milik produk ini.",
                        "SKU " + input.sku() + " is not this product's.");
            } else if (input.stock() != null && input.stock() != 0 && input.stock() != current.stockOf(input.sku())) {
                v.add("variants[" + i + "].stock", "Ubah stok lewat penyesuaian stok, bukan di sini.",
                        "Change stock through a stock adjustment, not here.");
            }
        }
    }
}
