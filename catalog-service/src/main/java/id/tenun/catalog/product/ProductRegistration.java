package id.tenun.catalog.product;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Service;

import id.tenun.catalog.group.Group;
import id.tenun.catalog.group.GroupRegistry;
import id.tenun.catalog.product.ProductRules.Resolved;
import id.tenun.catalog.publishing.Outbox;
import id.tenun.support.problems.InvalidInput;
import id.tenun.support.problems.Violations;
import id.tenun.support.security.CurrentUser;

/**
 * Registers new products, one from the API or a batch from an import: checks them, numbers their SKUs, stores
 * version 1 (bound for {@code catalog.products.v1}) and hands their opening stock to the stock ledger.
 */
@Service
public class ProductRegistration {

    private final Products products;
    private final GroupRegistry groups;
    private final ProductRules rules;
    private final Skus skus;
    private final OpeningStocks openingStocks;
    private final Outbox outbox;
    private final Clock clock;

    ProductRegistration(Products products, GroupRegistry groups, ProductRules rules, Skus skus,
            OpeningStocks openingStocks, Outbox outbox, Clock clock) {
        this.products = products;
        this.groups = groups;
        this.rules = rules;
        this.skus = skus;
        this.openingStocks = openingStocks;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Product create(ProductDetails details, CurrentUser user) {
        if (details.groupId() == null) {
            throw InvalidInput.of("groupId", "Pilih kelompok pemilik produk.", "Name the group that makes it.");
        }
        Group group = groups.find(details.groupId(), user);
        return create(details, group, user.subject(),
                "prd-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    /**
     * Creates a product with a given id in a group already checked; an import uses a stable id per row so that a
     * retried row is not created twice.
     */
    public Product create(ProductDetails details, Group group, String by, String id) {
        Checked checked = check(details);
        Product product = created(checked, group, by, id, skus.reserve(details.variants().size()), clock.instant());
        products.insert(product);
        openingStocks.announce(OpeningStocks.of(product, product.stock(), by));
        outbox.changed();
        return product;
    }

    /** One product of a batch: its details, its group (already checked), who asks, and its stable id. */
    public record NewProduct(ProductDetails details, Group group, String by, String id) {
    }

    /** What became of one product of a batch: created (now, or before a crash), or refused and why. */
    public record Outcome(Product created, InvalidInput refused) {
    }

    /**
     * Creates a batch of products, each checked on its own exactly as {@link #create} does, in a few round trips:
     * one block of SKUs, one insert of all the products (each its own document, so each is in or out), one insert
     * of their opening stock. A product whose id exists already (a retried import) stays as it is and counts as
     * created.
     */
    public List<Outcome> createAll(List<NewProduct> batch) {
        Outcome[] outcomes = new Outcome[batch.size()];
        Checked[] checked = new Checked[batch.size()];
        int variants = 0;
        for (int i = 0; i < batch.size(); i++) {
            try {
                checked[i] = check(batch.get(i).details());
                variants += batch.get(i).details().variants().size();
            } catch (InvalidInput refused) {
                outcomes[i] = new Outcome(null, refused);
            }
        }
        if (Arrays.stream(checked).allMatch(Objects::isNull)) {
            return List.of(outcomes);
        }
        long number = skus.reserve(variants);
        Instant now = clock.instant();
        List<Product> fresh = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (checked[i] != null) {
                NewProduct item = batch.get(i);
                fresh.add(created(checked[i], item.group(), item.by(), item.id(), number, now));
                number += item.details().variants().size();
            }
        }
        Map<String, Product> existed = products.insertAll(fresh);
        List<StockOpened> openings = new ArrayList<>();
        for (int i = 0, f = 0; i < batch.size(); i++) {
            if (checked[i] != null) {
                Product product = fresh.get(f++);
                product = existed.getOrDefault(product.id(), product);
                outcomes[i] = new Outcome(product, null);
                openings.addAll(OpeningStocks.of(product, product.stock(), batch.get(i).by()));
            }
        }
        openingStocks.announce(openings);
        outbox.changed();
        return List.of(outcomes);
    }

    /** Details checked for a new product, with the category and channels they resolve to. */
    private record Checked(ProductDetails details, Resolved resolved) {
    }

    private Checked check(ProductDetails details) {
        Violations v = new Violations();
        Resolved resolved = rules.check(details, v);
        for (int i = 0; i < details.variants().size(); i++) {
            v.check(details.variants().get(i).sku() == null, "variants[" + i + "].sku",
                    "SKU dibuat oleh Tenun; kosongkan untuk varian baru.",
                    "Tenun makes the SKUs; leave it empty for a new variant.");
        }
        v.throwIfAny();
        return new Checked(details, resolved);
    }

    /** Version 1 of a product, its variants numbered from {@code firstSku} on. */
    private static Product created(Checked checked, Group group, String by, String id, long firstSku,
            Instant now) {
        ProductDetails details = checked.details();
        List<Variant> variants = new ArrayList<>();
        Map<String, Long> stock = new LinkedHashMap<>();
        long number = firstSku;
        for (VariantInput input : details.variants()) {
            String sku = Skus.format(checked.resolved().category().skuPrefix(), number++);
            variants.add(new Variant(sku, input.attributes(), input.priceRupiah()));
            stock.put(sku, input.stock());
        }
        return Product.created(id, group, now, by)
                .withDetails(details, checked.resolved().category().code(), checked.resolved().channels())
                .withVariants(variants, stock)
                .withHistory(new HistoryEntry(1, now, by, "CREATED", List.of()));
    }
}
