package id.tenun.listing.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import id.tenun.events.LocalizedText;
import id.tenun.events.listing.ListingError;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.events.product.ProductSnapshot.Certification;
import id.tenun.events.product.ProductSnapshot.CertificationKind;
import id.tenun.listing.connection.Connection;
import id.tenun.listing.state.Desired;
import id.tenun.listing.state.Intent;
import id.tenun.listing.state.ListingPayload;

/**
 * Works out the desired listing of one product SKU on one connection: the rules applied at sync time, and the
 * reason in both languages when it is not to be listed. Plain code, no I/O.
 */
final class DesiredListings {

    /** The longest title every marketplace takes. */
    static final int MAX_TITLE = 70;

    private final CatalogSettings settings;

    DesiredListings(CatalogSettings settings) {
        this.settings = settings;
    }

    Desired of(ProductSnapshot product, ProductSnapshot.Variant variant, Connection connection, boolean groupPaused) {
        long version = product.version();
        if (!connection.active()) {
            return new Desired(Intent.DELIST, null, version, reason("SHOP_DISCONNECTED",
                    "Toko di marketplace ini sudah diputus dari Tenun, jadi produk diturunkan.",
                    "The shop was disconnected from Tenun, so the product was taken down."));
        }
        if (product.archived()) {
            return new Desired(Intent.DELIST, null, version, reason("ARCHIVED",
                    "Produk sudah diarsipkan, jadi diturunkan dari semua marketplace.",
                    "The product was archived, so it was taken down from every marketplace."));
        }
        if (!connection.products().includes(product.productId())) {
            return new Desired(Intent.DELIST, null, version, reason("NOT_CHOSEN",
                    "Produk ini tidak lagi dipilih untuk toko ini.",
                    "This product is no longer chosen for this shop."));
        }
        String category = product.marketplaceCategories().get(connection.channel());
        if (category == null && !product.marketplaceCategories().isEmpty()) {
            return new Desired(Intent.DELIST, null, version, reason("NOT_SOLD_HERE",
                    "Produk ini tidak dijual di marketplace ini: marketplace ini tidak dipilih di data produk.",
                    "This product is not sold on this marketplace: it is not among the product's channels."));
        }
        if (!product.publishable()) {
            var reasons = product.unpublishableReasons();
            return new Desired(Intent.PAUSE, null, version, new ListingError(
                    reasons.stream().map(ProductSnapshot.UnpublishableReason::code).collect(Collectors.joining(",")),
                    null, new LocalizedText(
                            "Produk dihentikan sementara: " + reasons.stream().map(r -> r.message().id())
                                    .collect(Collectors.joining(" ")),
                            "Product paused: " + reasons.stream().map(r -> r.message().en())
                                    .collect(Collectors.joining(" ")))));
        }
        if (groupPaused) {
            return new Desired(Intent.PAUSE, null, version, reason("GROUP_PAUSED",
                    "Kelompok sedang berhenti berjualan sementara; produk akan tampil lagi saat kelompok aktif.",
                    "The group has paused selling; the product comes back when the group is active again."));
        }
        if (category == null) {
            return new Desired(Intent.PAUSE, null, version, reason("CATEGORY_NOT_MAPPED",
                    "Kategori produk untuk marketplace ini belum dipilih. Pilih kategorinya di data produk.",
                    "No category is chosen for this marketplace yet. Choose one in the product's details."));
        }
        long price = connection.price().apply(variant.priceRupiah());
        if (price <= 0) {
            return new Desired(Intent.PAUSE, null, version, reason("PRICE_MISSING",
                    "Produk belum punya harga. Isi harganya.", "The product has no price yet. Set its price."));
        }
        int stock = connection.stock().apply(variant.stock());
        ListingPayload payload = new ListingPayload(title(product, variant), product.description(), category,
                attributes(product, variant, connection.channel()), price, stock, variant.stock(),
                (int) Math.min(product.weightGrams(), Integer.MAX_VALUE), product.dimensions().lengthCm(),
                product.dimensions().widthCm(), product.dimensions().heightCm(), product.imageUrls(),
                number(product, CertificationKind.HALAL), bpom(product), number(product, CertificationKind.PIRT));
        return new Desired(Intent.LIST, payload, version, null);
    }

    static String title(ProductSnapshot product, ProductSnapshot.Variant variant) {
        String title = product.name().strip();
        if (product.variants().size() > 1 && !variant.attributes().isEmpty()) {
            title = title + " - " + String.join(" ", new TreeMap<>(variant.attributes()).values());
        }
        if (title.length() <= MAX_TITLE) {
            return title;
        }
        String cut = title.substring(0, MAX_TITLE);
        int space = cut.lastIndexOf(' ');
        return (space > MAX_TITLE / 2 ? cut.substring(0, space) : cut).strip();
    }

    private Map<String, String> attributes(ProductSnapshot product, ProductSnapshot.Variant variant, String channel) {
        Map<String, String> values = new LinkedHashMap<>();
        settings.attributes().getOrDefault(channel, Map.of()).forEach((attribute, source) -> {
            String value = null;
            if ("rawMaterial".equals(source)) {
                value = product.rawMaterial();
            } else if (source.startsWith("variant:")) {
                value = variant.attributes().get(source.substring("variant:".length()));
            } else if (source.startsWith("text:")) {
                value = source.substring("text:".length());
            }
            if (value != null && !value.isBlank()) {
                values.put(attribute, value);
            }
        });
        return values;
    }

    private static String number(ProductSnapshot product, CertificationKind kind) {
        return product.certifications().stream().filter(c -> c.kind() == kind).map(Certification::number)
                .findFirst().orElse("");
    }

    private static String bpom(ProductSnapshot product) {
        String md = number(product, CertificationKind.BPOM_MD);
        return md.isEmpty() ? number(product, CertificationKind.BPOM_ML) : md;
    }

    private static ListingError reason(String code, String id, String en) {
        return new ListingError(code, null, new LocalizedText(id, en));
    }

}
