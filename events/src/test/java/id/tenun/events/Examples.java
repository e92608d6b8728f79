package id.tenun.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.tenun.events.group.GroupChanged;
import id.tenun.events.group.GroupSnapshot;
import id.tenun.events.group.GroupSnapshot.ChannelConnection;
import id.tenun.events.group.GroupSnapshot.GroupKind;
import id.tenun.events.group.GroupSnapshot.GroupStatus;
import id.tenun.events.listing.ListingError;
import id.tenun.events.listing.ListingState;
import id.tenun.events.listing.ListingStatusChanged;
import id.tenun.events.order.OrderCancelled;
import id.tenun.events.order.OrderCompleted;
import id.tenun.events.order.OrderLine;
import id.tenun.events.order.OrderPaid;
import id.tenun.events.order.OrderPlaced;
import id.tenun.events.order.OrderReturned;
import id.tenun.events.order.OrderShipped;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.events.product.ProductSnapshot.Certification;
import id.tenun.events.product.ProductSnapshot.CertificationKind;
import id.tenun.events.product.ProductSnapshot.Condition;
import id.tenun.events.product.ProductSnapshot.Dimensions;
import id.tenun.events.product.ProductSnapshot.UnpublishableReason;
import id.tenun.events.product.ProductSnapshot.Variant;
import id.tenun.events.shop.ShopConnectionChanged;
import id.tenun.events.shop.ShopConnectionChanged.ShopStatus;
import id.tenun.events.shoporder.ShopOrderRead;
import id.tenun.events.webhook.WebhookReceived;

/**
 * One realistic example of every event, from a weavers' group in Desa Sikka (Lela, Kabupaten Sikka) and a
 * banana-chips group in Nita. Each call builds new objects, so tests share no state.
 */
public final class Examples {

    public static final Instant NOON_WITA = Instant.parse("2026-03-14T04:00:00Z");

    private Examples() {
    }

    /** A food product with a PIRT permit and a halal certificate, not publishable yet. */
    public static ProductSnapshot keripikPisang() {
        return new ProductSnapshot("prd-01HV3KERIPIK", "grp-nita-pisang", 4, "Keripik Pisang Kepok Nita 250 g",
                "Keripik pisang kepok dari kebun warga Desa Nita, digoreng dengan minyak kelapa.", "pangan.keripik",
                Map.of(Channels.SHOPEE, "100629", Channels.TOKOPEDIA, "700645"), true, "pisang kepok", 300,
                new Dimensions(20, 15, 6),
                List.of("https://img.tenun.id/prd-01HV3KERIPIK/1.jpg"), 1, Condition.NEW,
                List.of(new Variant("NTA-KRP-ORI-250", Map.of("rasa", "original"), 18_000, 40),
                        new Variant("NTA-KRP-BLD-250", Map.of("rasa", "balado"), 20_000, 0)),
                List.of(new Certification(CertificationKind.PIRT, "2065307010123-29",
                        "Dinas Kesehatan Kabupaten Sikka", LocalDate.parse("2029-02-28")),
                        new Certification(CertificationKind.HALAL, "ID53110000123450424", "BPJPH",
                                LocalDate.parse("2028-04-30"))),
                false,
                List.of(new UnpublishableReason("IMAGES_TOO_FEW",
                        new LocalizedText("Tambahkan paling sedikit 3 foto produk.",
                                "Add at least 3 product photos."))),
                "53.07.04.2001", Programme.OVOP, false, Instant.parse("2026-03-14T03:12:45.123Z"));
    }

    public static ProductChanged productChanged() {
        return ProductChanged.of(keripikPisang());
    }

    public static GroupSnapshot tenunSikka() {
        return new GroupSnapshot("grp-sikka-dua", 3, "Kelompok Tenun Ikat Du'a Sikka", Programme.OVOP,
                GroupKind.COMMUNITY, "53.07.03.2005", "53.07.03", "53.07", "53", GroupStatus.ACTIVE,
                List.of(new ChannelConnection(Channels.SHOPEE, "884213377", true),
                        new ChannelConnection(Channels.TOKOPEDIA, "7495012345678901234", false)),
                Instant.parse("2026-02-20T01:00:00Z"));
    }

    public static GroupChanged groupChanged() {
        return GroupChanged.of(tenunSikka());
    }

    public static ListingStatusChanged listingRejected() {
        return new ListingStatusChanged(UUID.fromString("5f0c2a52-6a3e-4c55-9a51-0d8e6b1c2a01"), NOON_WITA, 1,
                "prd-01HV3KERIPIK", null, "grp-nita-pisang", Channels.SHOPEE, "884213377", ListingState.REJECTED,
                null, null,
                new ListingError("error_param", "The halal certificate number is required for this category.",
                        new LocalizedText("Shopee meminta nomor sertifikat halal untuk kategori ini.",
                                "Shopee asks for a halal certificate number for this category.")),
                4, 2);
    }

    public static WebhookReceived webhookReceived() {
        byte[] body = "{\"shop_id\":884213377,\"code\":3,\"timestamp\":1773460800,\"data\":{\"ordersn\":\"260314ABCD1234\",\"status\":\"READY_TO_SHIP\"}}\r\n"
                .getBytes(StandardCharsets.UTF_8);
        return new WebhookReceived(UUID.fromString("0b9e4c1e-2f1d-4d7a-8a3c-7e2f9d1b5c11"), NOON_WITA, 1,
                Channels.SHOPEE, "884213377", "260314ABCD1234", NOON_WITA,
                Map.of("Authorization", "3b5c8f0e9d7a", "Content-Type", "application/json"), body);
    }

    public static List<OrderLine> sarongLines() {
        return List.of(new OrderLine("1", "SKA-UTN-MRH-200", "prd-01HV3SARUNG", 1, 1_250_000),
                new OrderLine("2", "SKA-SLD-IND-180", null, 2, 175_000));
    }

    public static OrderPlaced orderPlaced() {
        return new OrderPlaced(UUID.fromString("7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a01"), NOON_WITA, 1, "ord-000123",
                Channels.SHOPEE, "884213377", "260314ABCD1234", List.of("grp-sikka-dua"), 1, sarongLines());
    }

    public static OrderPaid orderPaid() {
        return new OrderPaid(UUID.fromString("7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a02"), NOON_WITA.plusSeconds(600), 1,
                "ord-000123", Channels.SHOPEE, "884213377", "260314ABCD1234", List.of("grp-sikka-dua"), 2,
                sarongLines());
    }

    public static OrderShipped orderShipped() {
        return new OrderShipped(UUID.fromString("7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a03"),
                NOON_WITA.plusSeconds(86_400), 1, "ord-000123", Channels.SHOPEE, "884213377", "260314ABCD1234",
                List.of("grp-sikka-dua"), 3, sarongLines(), "J&T Express", "JP1234567890");
    }

    public static OrderCompleted orderCompleted() {
        return new OrderCompleted(UUID.fromString("7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a04"),
                NOON_WITA.plusSeconds(6 * 86_400), 1, "ord-000123", Channels.SHOPEE, "884213377", "260314ABCD1234",
                List.of("grp-sikka-dua"), 4, sarongLines());
    }

    public static OrderCancelled orderCancelled() {
        return new OrderCancelled(UUID.fromString("7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a05"), NOON_WITA.plusSeconds(60),
                1, "ord-000124", Channels.LAZADA, "100234567", "742519306581234", List.of("grp-sikka-dua"), 2,
                List.of(new OrderLine("742519306681234", "SKA-UTN-MRH-200", "prd-01HV3SARUNG", 1, 1_250_000)),
                "Pembeli berubah pikiran");
    }

    public static OrderReturned orderReturned() {
        return new OrderReturned(UUID.fromString("7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a06"),
                NOON_WITA.plusSeconds(8 * 86_400), 1, "ord-000123", Channels.SHOPEE, "884213377", "260314ABCD1234",
                List.of("grp-sikka-dua"), 5,
                List.of(new OrderLine("2", "SKA-SLD-IND-180", null, 1, 175_000)), null);
    }

    public static ShopConnectionChanged shopConnected() {
        return ShopConnectionChanged.of(Channels.SHOPEE, "884213377", "grp-sikka-dua", ShopStatus.CONNECTED, 3,
                NOON_WITA);
    }

    public static ShopOrderRead shopOrderRead() {
        return new ShopOrderRead(UUID.fromString("5c3e1a2b-7d9f-4b6e-8a1c-2d3e4f5a6b7c"), NOON_WITA.plusSeconds(2), 1,
                Channels.SHOPEE, "884213377", "grp-sikka-dua", "260314ABCD1234", "READY_TO_SHIP", "paid",
                NOON_WITA.minusSeconds(600), NOON_WITA,
                List.of(new ShopOrderRead.Line("SKA-UTN-MRH-200", 1, 1_250_000),
                        new ShopOrderRead.Line("SKA-SLD-IND-180", 2, 175_000)),
                25_000L, 18_000L, null, "webhook");
    }

    /** One example of every event type, in the order of {@link EventJson#types()}. */
    public static List<TenunEvent> everyType() {
        return List.of(productChanged(), groupChanged(), listingRejected(), webhookReceived(), shopConnected(),
                shopOrderRead(), orderPlaced(),
                orderPaid(), orderShipped(), orderCompleted(), orderCancelled(), orderReturned());
    }

}
