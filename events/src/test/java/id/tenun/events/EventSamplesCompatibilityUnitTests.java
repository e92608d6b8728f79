package id.tenun.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
import id.tenun.events.order.OrderEvent;
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
import id.tenun.events.webhook.WebhookReceived;

/**
 * Reads the JSON samples under {@code src/test/resources/samples/<type>.v<schemaVersion>.json}, written by hand
 * from the contract. They are the messages already on the topics: never edit one to make a change pass. A
 * change that cannot read them breaks consumers in production; add a new sample for a new schema version
 * instead and keep the old ones.
 */
class EventSamplesCompatibilityUnitTests {

    private static final Pattern SAMPLE_NAME = Pattern.compile("(.+)\\.v(\\d+)\\.json");

    private static final List<OrderLine> SARONG_AND_SCARF = List.of(
            new OrderLine("1", "SKA-UTN-MRH-200", "prd-01HV3SARUNG", 1, 1_250_000),
            new OrderLine("2", "SKA-SLD-IND-180", null, 2, 175_000));

    static Stream<String> sampleFiles() throws IOException, URISyntaxException {
        Path folder = Path.of(EventSamplesCompatibilityUnitTests.class.getResource("/samples").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map((file) -> file.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static TenunEvent sample(String fileName) {
        return EventJson.read(bytes(fileName), TenunEvent.class);
    }

    private static byte[] bytes(String fileName) {
        try (InputStream in = EventSamplesCompatibilityUnitTests.class.getResourceAsStream("/samples/" + fileName)) {
            assertThat(in).as("sample " + fileName).isNotNull();
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Test
    void hasASampleOfEveryTypeAtItsCurrentSchemaVersion() throws ReflectiveOperationException, IOException,
            URISyntaxException {
        List<String> files = sampleFiles().toList();
        for (var type : EventJson.types().entrySet()) {
            int current = type.getValue().getField("SCHEMA_VERSION").getInt(null);
            assertThat(files).as("samples").contains(type.getKey() + ".v" + current + ".json");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sampleFiles")
    void readsEverySampleAsTheTypeAndSchemaVersionItsNameSays(String fileName) {
        Matcher name = SAMPLE_NAME.matcher(fileName);
        assertThat(name.matches()).as("%s is named <type>.v<schemaVersion>.json", fileName).isTrue();

        TenunEvent event = sample(fileName);

        assertThat(event.type()).isEqualTo(name.group(1));
        assertThat(event.schemaVersion()).isEqualTo(Integer.parseInt(name.group(2)));
        assertThat(EventJson.read(EventJson.write(event), TenunEvent.class)).isEqualTo(event);
    }

    @Test
    void readsAProductChangedOfVersion1() {
        ProductChanged event = (ProductChanged) sample("product.changed.v1.json");

        assertThat(event.eventId()).isEqualTo(UUID.fromString("3f6d2a1c-8b4e-4f0a-9c7d-5e1b2a3c4d5e"));
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-03-10T02:30:00Z"));
        assertThat(event.key()).isEqualTo("prd-01HV3SARUNG");
        ProductSnapshot product = event.product();
        assertThat(product.productId()).isEqualTo("prd-01HV3SARUNG");
        assertThat(product.groupId()).isEqualTo("grp-sikka-dua");
        assertThat(product.version()).isEqualTo(7);
        assertThat(product.name()).isEqualTo("Sarung Tenun Ikat Sikka (Utan) Pewarna Alam");
        assertThat(product.description()).startsWith("Utan, sarung perempuan Sikka").endsWith("tiga bulan.");
        assertThat(product.categoryCode()).isEqualTo("tekstil.tenun-ikat");
        assertThat(product.marketplaceCategories())
                .isEqualTo(Map.of("lazada", "10002123", "shopee", "100017", "tokopedia", "601226"));
        assertThat(product.processed()).isTrue();
        assertThat(product.rawMaterial()).isEqualTo("benang kapas, pewarna alam (mengkudu, tarum)");
        assertThat(product.weightGrams()).isEqualTo(800);
        assertThat(product.dimensions()).isEqualTo(new Dimensions(35, 25, 5));
        assertThat(product.imageUrls()).containsExactly("https://img.tenun.id/prd-01HV3SARUNG/utan-merah-depan.jpg",
                "https://img.tenun.id/prd-01HV3SARUNG/utan-merah-detail.jpg");
        assertThat(product.minimumOrder()).isEqualTo(1);
        assertThat(product.condition()).isEqualTo(Condition.NEW);
        assertThat(product.variants()).containsExactly(
                new Variant("SKA-UTN-MRH-200", Map.of("ukuran", "200 x 70 cm", "warna", "merah mengkudu"), 1_250_000,
                        3),
                new Variant("SKA-UTN-IND-200", Map.of("ukuran", "200 x 70 cm", "warna", "biru tarum"), 1_350_000, 0));
        assertThat(product.certifications()).containsExactly(new Certification(CertificationKind.NIB,
                "9120301234567", "Kementerian Investasi/BKPM (OSS)", null));
        assertThat(product.publishable()).isFalse();
        assertThat(product.unpublishableReasons()).containsExactly(new UnpublishableReason("IMAGES_TOO_FEW",
                new LocalizedText("Tambahkan paling sedikit 3 foto produk.", "Add at least 3 product photos.")));
        assertThat(product.villageCode()).isEqualTo("53.07.03.2005");
        assertThat(product.programme()).isEqualTo(Programme.OVOP);
        assertThat(product.archived()).isFalse();
        assertThat(product.updatedAt()).isEqualTo(Instant.parse("2026-03-10T02:30:00Z"));
    }

    @Test
    void readsAGroupChangedOfVersion1IgnoringTheMentorIdsItOnceCarried() {
        GroupChanged event = (GroupChanged) sample("group.changed.v1.json");

        assertThat(event.eventId()).isEqualTo(UUID.fromString("9d1c5b7e-3a2f-4e8d-b6c0-1f2e3d4c5b6a"));
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-02-20T01:00:00Z"));
        assertThat(event.group()).isEqualTo(new GroupSnapshot("grp-sikka-dua", 3, "Kelompok Tenun Ikat Du'a Sikka",
                Programme.OVOP, GroupKind.COMMUNITY, "53.07.03.2005", "53.07.03", "53.07", "53", GroupStatus.ACTIVE,
                List.of(new ChannelConnection("shopee", "884213377", true),
                        new ChannelConnection("tokopedia", "7495012345678901234", false)),
                Instant.parse("2026-02-20T01:00:00Z")));
        assertThat(event.key()).isEqualTo("grp-sikka-dua");
    }

    @Test
    void readsAListingStatusChangedOfVersion1() {
        ListingStatusChanged event = (ListingStatusChanged) sample("listing.status-changed.v1.json");

        assertThat(event).isEqualTo(new ListingStatusChanged(UUID.fromString("c2a4e6f8-1b3d-4f5a-8c7e-9a0b1c2d3e4f"),
                Instant.parse("2026-03-10T05:47:12Z"), 1, "prd-01HV3SARUNG", null, "grp-sikka-dua", "tokopedia",
                "7495012345678901234", ListingState.REJECTED, "1729581234567890123", null,
                new ListingError("12019052",
                        "Product audit failed: the selected category does not match the product.",
                        new LocalizedText(
                                "Tokopedia menolak produk karena kategorinya tidak cocok. Pilih kategori Kain Tenun, "
                                        + "lalu kirim ulang.",
                                "Tokopedia rejected the product because its category does not match. Choose the "
                                        + "woven cloth category, then submit again.")),
                7, 4));
        assertThat(event.key()).isEqualTo("prd-01HV3SARUNG");
    }

    @Test
    void readsAWebhookReceivedOfVersion1WithItsBodyIntact() {
        WebhookReceived event = (WebhookReceived) sample("webhook.received.v1.json");

        assertThat(event.eventId()).isEqualTo(UUID.fromString("0b9e4c1e-2f1d-4d7a-8a3c-7e2f9d1b5c11"));
        assertThat(event.channel()).isEqualTo("shopee");
        assertThat(event.shopId()).isEqualTo("884213377");
        assertThat(event.externalOrderId()).isEqualTo("260314ABCD1234");
        assertThat(event.receivedAt()).isEqualTo(Instant.parse("2026-03-14T04:00:01.250Z"));
        assertThat(event.headers()).containsOnlyKeys("authorization", "content-type")
                .containsEntry("content-type", "application/json");
        assertThat(event.header("Authorization"))
                .isEqualTo("6b0e5f1c2d8a9b7e4f3a2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f");
        assertThat(event.body()).isEqualTo(("{\"shop_id\":884213377,\"code\":3,\"timestamp\":1773460800,"
                + "\"data\":{\"ordersn\":\"260314ABCD1234\",\"status\":\"READY_TO_SHIP\",\"update_time\":1773460795}}")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(event.key()).isEqualTo("shopee:884213377:260314ABCD1234");
    }

    @Test
    void readsTheOrderEventsOfVersion1() {
        assertOrder(sample("order.placed.v1.json"), OrderPlaced.class, "7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a01",
                "2026-03-14T03:59:40Z", 1);
        assertOrder(sample("order.paid.v1.json"), OrderPaid.class, "7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a02",
                "2026-03-14T04:00:01.250Z", 2);
        OrderShipped shipped = assertOrder(sample("order.shipped.v1.json"), OrderShipped.class,
                "7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a03", "2026-03-15T01:20:00Z", 3);
        assertThat(shipped.carrier()).isEqualTo("J&T Express");
        assertThat(shipped.trackingNumber()).isEqualTo("JP1234567890");
        assertOrder(sample("order.completed.v1.json"), OrderCompleted.class, "7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a04",
                "2026-03-20T09:00:00Z", 4);
    }

    @Test
    void readsAnOrderReturnedOfVersion1WithOnlyTheReturnedLines() {
        OrderReturned returned = (OrderReturned) sample("order.returned.v1.json");

        assertThat(returned).isEqualTo(new OrderReturned(UUID.fromString("7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a06"),
                Instant.parse("2026-03-22T02:15:00Z"), 1, "ord-000123", "shopee", "884213377", "260314ABCD1234",
                List.of("grp-sikka-dua"), 5, List.of(new OrderLine("2", "SKA-SLD-IND-180", null, 1, 175_000)),
                "Warna tidak sesuai foto"));
        assertThat(returned.totalRupiah()).isEqualTo(175_000);
    }

    @Test
    void readsAnOrderCancelledOfVersion1() {
        OrderCancelled cancelled = (OrderCancelled) sample("order.cancelled.v1.json");

        assertThat(cancelled).isEqualTo(new OrderCancelled(UUID.fromString("7a1f9c2e-0b6d-4e3a-9f58-1c2d3e4f5a05"),
                Instant.parse("2026-03-16T11:05:00Z"), 1, "ord-000124", "lazada", "100234567", "742519306581234",
                List.of("grp-sikka-dua"), 2,
                List.of(new OrderLine("742519306681234", "SKA-UTN-MRH-200", "prd-01HV3SARUNG", 1, 1_250_000)),
                "Pembeli berubah pikiran"));
        assertThat(cancelled.key()).isEqualTo("ord-000124");
    }

    @Test
    void readsSamplesWrittenByHandWithDatesInTheirIsoForm() {
        // the only LocalDate of the contract: a certification's expiry, as yyyy-MM-dd
        String json = new String(bytes("product.changed.v1.json"), StandardCharsets.UTF_8)
                .replace("\"expiresOn\": null", "\"expiresOn\": \"2030-12-31\"");

        ProductChanged event = EventJson.read(json, ProductChanged.class);

        assertThat(event.product().certifications().get(0).expiresOn()).isEqualTo(LocalDate.of(2030, 12, 31));
    }

    private static <T extends OrderEvent> T assertOrder(TenunEvent event, Class<T> type, String eventId,
            String occurredAt, long version) {
        assertThat(event).isInstanceOf(type);
        T order = type.cast(event);
        assertThat(order.eventId()).isEqualTo(UUID.fromString(eventId));
        assertThat(order.occurredAt()).isEqualTo(Instant.parse(occurredAt));
        assertThat(order.schemaVersion()).isEqualTo(1);
        assertThat(order.orderId()).isEqualTo("ord-000123");
        assertThat(order.channel()).isEqualTo("shopee");
        assertThat(order.shopId()).isEqualTo("884213377");
        assertThat(order.externalOrderId()).isEqualTo("260314ABCD1234");
        assertThat(order.groupIds()).containsExactly("grp-sikka-dua");
        assertThat(order.version()).isEqualTo(version);
        assertThat(order.lines()).isEqualTo(SARONG_AND_SCARF);
        assertThat(order.totalRupiah()).isEqualTo(1_600_000);
        assertThat(order.key()).isEqualTo("ord-000123");
        return order;
    }

}
