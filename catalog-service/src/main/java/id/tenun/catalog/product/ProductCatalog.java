package id.tenun.catalog.product;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import id.tenun.catalog.category.Categories;
import id.tenun.catalog.category.Category;
import id.tenun.catalog.group.Group;
import id.tenun.catalog.group.GroupAccess;
import id.tenun.catalog.group.GroupRegistry;
import id.tenun.catalog.paging.PageOf;
import id.tenun.catalog.paging.PageRequest;
import id.tenun.catalog.problems.InvalidInput;
import id.tenun.catalog.problems.NotFound;
import id.tenun.catalog.problems.PreconditionRequired;
import id.tenun.catalog.problems.StaleVersion;
import id.tenun.catalog.problems.Violations;
import id.tenun.catalog.publishing.Outbox;
import id.tenun.events.product.ProductSnapshot.CertificationKind;
import id.tenun.support.security.CurrentUser;

/** Creates, changes, archives, restores and finds products; each change is bound for {@code catalog.products.v1}. */
@Service
public class ProductCatalog {

    /** Who made a change that no person asked for (e.g. a certificate expiring). */
    public static final String SYSTEM = "system";

    private final Products products;
    private final GroupRegistry groups;
    private final GroupAccess access;
    private final Categories categories;
    private final Skus skus;
    private final ImageAddresses images;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductCatalog(Products products, GroupRegistry groups, GroupAccess access, Categories categories, Skus skus,
            ImageAddresses images, Outbox outbox, ApplicationEventPublisher events, Clock clock) {
        this.products = products;
        this.groups = groups;
        this.access = access;
        this.categories = categories;
        this.skus = skus;
        this.images = images;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    public Product create(ProductDetails details, CurrentUser user) {
        if (details.groupId() == null) {
            throw InvalidInput.of("groupId", "Pilih kelompok pemilik produk.", "Name the group that makes it.");
        }
        Group group = groups.find(details.groupId(), user);
        return create(details, group, user.subject(), "prd-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    /**
     * Creates a product with a given id in a group already checked; an import uses a stable id per row so that a
     * retried row is not created twice.
     */
    public Product create(ProductDetails details, Group group, String by, String id) {
        Checked checked = check(details);
        Product product = created(checked, group, by, id, skus.reserve(details.variants().size()), clock.instant());
        products.insert(product);
        opened(product, product.stock(), by);
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
                openings.addAll(openings(product, product.stock(), batch.get(i).by()));
            }
        }
        if (!openings.isEmpty()) {
            events.publishEvent(new StocksOpened(openings));
        }
        outbox.changed();
        return List.of(outcomes);
    }

    /** Details checked for a new product, with the category and channels they resolve to. */
    private record Checked(ProductDetails details, Category category, List<String> channels) {
    }

    private Checked check(ProductDetails details) {
        Violations v = new Violations();
        Category category = category(details, v);
        List<String> channels = channels(details, category);
        checkImages(details, v);
        checkCertifications(details, category, channels, v);
        for (int i = 0; i < details.variants().size(); i++) {
            v.check(details.variants().get(i).sku() == null, "variants[" + i + "].sku",
                    "SKU dibuat oleh Tenun; kosongkan untuk varian baru.",
                    "Tenun makes the SKUs; leave it empty for a new variant.");
        }
        v.throwIfAny();
        return new Checked(details, category, channels);
    }

    /** Version 1 of a product, its variants numbered from {@code firstSku} on. */
    private Product created(Checked checked, Group group, String by, String id, long firstSku, Instant now) {
        ProductDetails details = checked.details();
        List<Variant> variants = new ArrayList<>();
        Map<String, Long> stock = new LinkedHashMap<>();
        long number = firstSku;
        for (VariantInput input : details.variants()) {
            String sku = Skus.format(checked.category().skuPrefix(), number++);
            variants.add(new Variant(sku, input.attributes(), input.priceRupiah()));
            stock.put(sku, input.stock());
        }
        return new Product(id, group.id(), 1, 0, true, details.name(), details.description(),
                checked.category().code(), checked.channels(), details.processed(), details.rawMaterial(),
                details.weightGrams(), details.dimensions(), details.imageUrls(), details.minimumOrder(),
                details.condition(), variants, stock, Map.of(), details.certifications(), group.villageCode(),
                group.programme(), group.active(), false, now, now, by,
                List.of(new HistoryEntry(1, now, by, "CREATED", List.of())), List.of());
    }

    public Product update(String id, ProductDetails details, Long basedOn, CurrentUser user) {
        if (basedOn == null) {
            throw new PreconditionRequired();
        }
        Product current = find(id, user);
        if (details.groupId() != null && !details.groupId().equals(current.groupId())) {
            throw InvalidInput.of("groupId", "Produk tidak bisa dipindah ke kelompok lain.",
                    "A product cannot move to another group.");
        }
        if (basedOn != current.version()) {
            throw new StaleVersion("Product", id, basedOn, current.version());
        }
        Violations v = new Violations();
        Category category = category(details, v);
        List<String> channels = channels(details, category);
        checkImages(details, v);
        checkCertifications(details, category, channels, v);
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
        v.throwIfAny();
        Instant now = clock.instant();
        List<Variant> variants = new ArrayList<>();
        Map<String, Long> stock = new LinkedHashMap<>();
        Map<String, Long> opened = new LinkedHashMap<>();
        for (VariantInput input : details.variants()) {
            String sku = input.sku() != null ? input.sku() : skus.next(category.skuPrefix());
            variants.add(new Variant(sku, input.attributes(), input.priceRupiah()));
            if (input.sku() != null) {
                stock.put(sku, current.stockOf(sku));
            } else {
                stock.put(sku, input.stock());
                opened.put(sku, input.stock());
            }
        }
        Product next = new Product(id, current.groupId(), current.version() + 1, current.publishedVersion(), true,
                details.name(), details.description(), category.code(), channels, details.processed(),
                details.rawMaterial(), details.weightGrams(), details.dimensions(), details.imageUrls(),
                details.minimumOrder(), details.condition(), variants, stock, current.oversold(),
                details.certifications(), current.villageCode(), current.programme(), current.groupActive(),
                current.archived(), current.createdAt(), now, user.subject(), current.history(),
                current.movements());
        next = withHistory(next, new HistoryEntry(next.version(), now, user.subject(), "UPDATED",
                ProductChanges.between(current, next)));
        if (!products.replace(next, current.version())) {
            throw new StaleVersion("Product", id, basedOn,
                    products.byId(id).map(Product::version).orElse(current.version()));
        }
        opened(next, opened, user.subject());
        outbox.changed();
        return next;
    }

    /** Archives the product: delisted everywhere. Archiving an archived product changes nothing. */
    public Product archive(String id, Long basedOn, CurrentUser user) {
        return setArchived(id, basedOn, user, true);
    }

    public Product restore(String id, Long basedOn, CurrentUser user) {
        return setArchived(id, basedOn, user, false);
    }

    private Product setArchived(String id, Long basedOn, CurrentUser user, boolean archived) {
        for (int attempt = 0; ; attempt++) {
            Product current = find(id, user);
            if (basedOn != null && basedOn != current.version()) {
                throw new StaleVersion("Product", id, basedOn, current.version());
            }
            if (current.archived() == archived) {
                return current;
            }
            Instant now = clock.instant();
            Product next = copy(current, current.version() + 1, archived, now, user.subject());
            next = withHistory(next, new HistoryEntry(next.version(), now, user.subject(),
                    archived ? "ARCHIVED" : "RESTORED", List.of(new HistoryEntry.FieldChange("archived",
                            String.valueOf(!archived), String.valueOf(archived)))));
            if (products.replace(next, current.version())) {
                outbox.changed();
                return next;
            }
            if (basedOn != null || attempt >= 5) {
                throw new StaleVersion("Product", id, current.version(),
                        products.byId(id).map(Product::version).orElse(current.version()));
            }
        }
    }

    /**
     * Makes a new version, by the system, of a product whose certificate expired since its last version was
     * written, so that the next snapshot says it is not publishable and why. Conditional on the version it read:
     * when another instance (or a person) wrote the product meanwhile, it reads again and finds nothing to do.
     *
     * @return whether this call made the new version
     */
    public boolean certificateExpired(String id) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Product current = products.byId(id).orElse(null);
            if (current == null || current.archived()) {
                return false;
            }
            LocalDate today = ProductSnapshots.today(clock);
            LocalDate writtenOn = LocalDate.ofInstant(current.updatedAt(), ProductSnapshots.WITA);
            List<Certification> expired = Publishability.expiredSince(current.certifications(), writtenOn, today);
            if (expired.isEmpty()) {
                return false;
            }
            Instant now = clock.instant();
            Product next = copy(current, current.version() + 1, current.archived(), now, SYSTEM);
            next = withHistory(next, new HistoryEntry(next.version(), now, SYSTEM, "CERTIFICATE_EXPIRED",
                    expired.stream().map(c -> new HistoryEntry.FieldChange("certifications[" + c.kind() + " "
                            + c.number() + "].expiresOn", null, String.valueOf(c.expiresOn()))).toList()));
            if (products.replace(next, current.version())) {
                outbox.changed();
                return true;
            }
        }
        return false;
    }

    /** The product, if the user may act for its group; otherwise as if it did not exist. */
    public Product find(String id, CurrentUser user) {
        return products.byId(id).filter(product -> access.mayActFor(user, product.groupId()))
                .orElseThrow(() -> new NotFound("Product", id));
    }

    public PageOf<Product> list(String groupId, String categoryCode, Boolean archived, CurrentUser user,
            PageRequest page) {
        Set<String> visible = access.visibleGroups(user);
        if (groupId != null && visible != null && !visible.contains(groupId)) {
            return new PageOf<>(List.of(), page.page(), page.size(), 0);
        }
        return products.page(new Products.Filter(visible, groupId, categoryCode, archived), page);
    }

    public List<HistoryEntry> history(String id, CurrentUser user) {
        List<HistoryEntry> history = new ArrayList<>(find(id, user).history());
        java.util.Collections.reverse(history);
        return history;
    }

    private Category category(ProductDetails details, Violations v) {
        Category category = categories.leaf(details.categoryCode()).orElse(null);
        if (category == null) {
            v.add("categoryCode", "Kategori " + details.categoryCode() + " tidak ada; lihat GET /api/categories.",
                    "There is no category " + details.categoryCode() + "; see GET /api/categories.");
            throw new InvalidInput(v.all());
        }
        return category;
    }

    private static List<String> channels(ProductDetails details, Category category) {
        if (details.channels() != null) {
            return details.channels();
        }
        return category.marketplaceCategories().keySet().stream().sorted().toList();
    }

    private void checkImages(ProductDetails details, Violations v) {
        for (int i = 0; i < details.imageUrls().size(); i++) {
            images.check(details.imageUrls().get(i), "imageUrls[" + i + "]")
                    .ifPresent(bad -> v.add(bad.field(), bad.id(), bad.en()));
        }
    }

    /** A product to be listed must hold every certification its category needs; a draft need not yet. */
    private static void checkCertifications(ProductDetails details, Category category, List<String> channels,
            Violations v) {
        if (channels.isEmpty()) {
            return;
        }
        for (Set<CertificationKind> requirement : Publishability.missing(category, details.certifications())) {
            String kinds = Publishability.names(requirement);
            v.add("certifications", "Kategori " + category.name().id() + " wajib punya sertifikat " + kinds
                    + " sebelum dijual (atau simpan sebagai draf tanpa marketplace).",
                    "Category " + category.name().en() + " needs a " + kinds
                            + " certificate before it is sold (or save it as a draft without channels).");
        }
    }

    private void opened(Product product, Map<String, Long> stock, String by) {
        List<StockOpened> openings = openings(product, stock, by);
        if (!openings.isEmpty()) {
            events.publishEvent(new StocksOpened(openings));
        }
    }

    private static List<StockOpened> openings(Product product, Map<String, Long> stock, String by) {
        List<StockOpened> openings = new ArrayList<>();
        stock.forEach((sku, quantity) -> {
            if (quantity != null && quantity > 0) {
                openings.add(new StockOpened(product.id(), product.groupId(), sku, quantity, by));
            }
        });
        return openings;
    }

    private static Product copy(Product p, long version, boolean archived, Instant now, String by) {
        return new Product(p.id(), p.groupId(), version, p.publishedVersion(), true, p.name(), p.description(),
                p.categoryCode(), p.channels(), p.processed(), p.rawMaterial(), p.weightGrams(), p.dimensions(),
                p.imageUrls(), p.minimumOrder(), p.condition(), p.variants(), p.stock(), p.oversold(),
                p.certifications(), p.villageCode(), p.programme(), p.groupActive(), archived, p.createdAt(), now, by,
                p.history(), p.movements());
    }

    private static Product withHistory(Product p, HistoryEntry entry) {
        List<HistoryEntry> history = new ArrayList<>(p.history());
        history.add(entry);
        while (history.size() > Product.HISTORY_KEPT) {
            history.remove(0);
        }
        return new Product(p.id(), p.groupId(), p.version(), p.publishedVersion(), p.pending(), p.name(),
                p.description(), p.categoryCode(), p.channels(), p.processed(), p.rawMaterial(), p.weightGrams(),
                p.dimensions(), p.imageUrls(), p.minimumOrder(), p.condition(), p.variants(), p.stock(), p.oversold(),
                p.certifications(), p.villageCode(), p.programme(), p.groupActive(), p.archived(), p.createdAt(),
                p.updatedAt(), p.updatedBy(), history, p.movements());
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
