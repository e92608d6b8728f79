package id.tenun.console.services;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the catalog service answers, as the console's pages read it (fields they do not show are left out). */
public final class CatalogAnswers {

    private CatalogAnswers() {
    }

    public record Group(String id, long version, String name, String programme, String kind, String villageName,
            String districtName, String regencyName, String contactName, String contactPhone, String status) {
    }

    public record Product(String id, String groupId, long version, String name, String categoryCode,
            List<String> channels, List<String> imageUrls, List<Variant> variants,
            List<Certification> certifications, boolean publishable, List<Reason> unpublishableReasons,
            boolean archived, Instant updatedAt) {

        public long stock() {
            return variants.stream().mapToLong(Variant::stock).sum();
        }

        public long oversold() {
            return variants.stream().mapToLong(Variant::oversold).sum();
        }

        public String photo() {
            return imageUrls == null || imageUrls.isEmpty() ? null : imageUrls.get(0);
        }
    }

    public record Variant(String sku, Map<String, String> attributes, long priceRupiah, long stock, long oversold) {
    }

    public record Certification(String kind, String number, String issuer, LocalDate expiresOn) {
    }

    public record Reason(String code, Text message) {
    }

    public record ProductPage(List<Product> items, int page, int size, long total) {
    }

    public record Movement(String sku, String kind, long requested, long applied, long oversold, String orderId,
            String reason, String by, Instant at, String state) {
    }

    public record MovementPage(List<Movement> items, int page, int size, long total) {
    }

    /** The body of a stock adjustment. */
    public record StockAdjustment(String sku, long delta, String reason) {
    }
}
