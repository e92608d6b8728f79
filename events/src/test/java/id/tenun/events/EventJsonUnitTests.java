package id.tenun.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.tenun.events.order.OrderEvent;
import id.tenun.events.order.OrderPaid;
import id.tenun.events.order.OrderPlaced;
import id.tenun.events.product.ProductChanged;
import id.tenun.events.product.ProductEvent;
import id.tenun.events.product.ProductSnapshot;
import id.tenun.events.product.ProductSnapshot.Variant;
import id.tenun.events.webhook.WebhookReceived;

class EventJsonUnitTests {

    static Stream<TenunEvent> everyType() {
        return Examples.everyType().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void readsBackWhatItWroteThroughTheRootTheAggregateAndTheRecord(TenunEvent event) {
        byte[] json = EventJson.write(event);

        assertThat(EventJson.read(json, TenunEvent.class)).isEqualTo(event);
        assertThat(EventJson.read(json, Topics.of(event).eventType())).isEqualTo(event);
        assertThat(EventJson.read(json, event.getClass())).isEqualTo(event);
    }

    @Test
    void hasAnExampleOfEveryKnownType() {
        assertThat(Examples.everyType()).extracting(TenunEvent::type)
                .containsExactlyElementsOf(EventJson.types().keySet());
    }

    @Test
    void knowsEveryRecordOfEverySealedAggregateByItsTypeConstant() throws ReflectiveOperationException {
        for (TopicSpec topic : Topics.all()) {
            for (Class<?> record : topic.eventType().getPermittedSubclasses()) {
                String type = (String) record.getField("TYPE").get(null);
                assertThat(EventJson.types()).containsEntry(type, record.asSubclass(TenunEvent.class));
            }
        }
        assertThat(EventJson.types()).hasSize(12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void writesTheLogicalTypeFirstAndNeverAJavaClassName(TenunEvent event) {
        String json = EventJson.writeString(event);

        assertThat(json).startsWith("{\"type\":\"" + event.type() + "\",\"eventId\":\"" + event.eventId() + "\"");
        assertThat(json).doesNotContain("id.tenun", "java.", "@class", "@type", event.getClass().getSimpleName());
    }

    @Test
    void writesInstantsAndDatesAsIsoStringsAndRupiahAsWholeNumbers() {
        String json = EventJson.writeString(Examples.productChanged());

        assertThat(json).contains("\"occurredAt\":\"2026-03-14T03:12:45.123Z\"")
                .contains("\"updatedAt\":\"2026-03-14T03:12:45.123Z\"")
                .contains("\"expiresOn\":\"2029-02-28\"")
                .contains("\"priceRupiah\":18000,")
                .contains("\"weightGrams\":300,");
    }

    @Test
    void writesMapEntriesSortedByKeySoTheSameEventAlwaysGivesTheSameBytes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String key : List.of("ukuran", "warna", "motif", "berat", "rasa", "kemasan", "asal")) {
            attributes.put(key, key + "-nilai");
        }
        ProductSnapshot snapshot = Records.with(Examples.keripikPisang(), "variants",
                List.of(new Variant("NTA-KRP-BLD-250", attributes, 20_000, 0)));

        String json = EventJson.writeString(ProductChanged.of(snapshot));

        assertThat(json).contains("\"attributes\":{\"asal\":\"asal-nilai\",\"berat\":\"berat-nilai\","
                + "\"kemasan\":\"kemasan-nilai\",\"motif\":\"motif-nilai\",\"rasa\":\"rasa-nilai\","
                + "\"ukuran\":\"ukuran-nilai\",\"warna\":\"warna-nilai\"}");
        assertThat(EventJson.write(ProductChanged.of(snapshot))).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void writesExactlyTheTypeAndTheRecordsComponentsAndNoDerivedProperty(TenunEvent event) {
        JsonNode json = JsonMapper.shared().readTree(EventJson.write(event));

        assertThat(json.propertyNames()).containsExactlyElementsOf(Stream
                .concat(Stream.of("type"),
                        Arrays.stream(event.getClass().getRecordComponents()).map(RecordComponent::getName))
                .toList());
        if (event instanceof OrderEvent order) {
            assertThat(json.get("lines").get(0).propertyNames())
                    .containsExactly("lineId", "sku", "productId", "quantity", "unitPriceRupiah");
        }
    }

    @Test
    void keepsAWebhookBodyByteForByteEvenWhenItIsNotUtf8() {
        byte[] body = {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}', '\r', '\n', 0};
        WebhookReceived webhook = Records.with(Examples.webhookReceived(), "body", body);

        String json = EventJson.writeString(webhook);
        WebhookReceived read = EventJson.read(json, WebhookReceived.class);

        assertThat(read.body()).containsExactly(body);
        assertThat(json).contains("\"body\":\"" + Base64.getEncoder().encodeToString(body) + "\"");
    }

    @Test
    void ignoresPropertiesItDoesNotKnowAtEveryLevel() {
        String json = EventJson.writeString(Examples.productChanged())
                .replace("\"schemaVersion\":1,", "\"schemaVersion\":1,\"traceHint\":{\"a\":[1,2]},")
                .replace("\"stock\":40", "\"stock\":40,\"reservedStock\":2")
                .replace("\"weightGrams\":300,", "\"weightGrams\":300,\"volumetricGrams\":350,");

        assertThat(EventJson.read(json, ProductEvent.class)).isEqualTo(Examples.productChanged());
    }

    @Test
    void failsClearlyOnAnUnknownType() {
        String json = EventJson.writeString(Examples.orderPlaced()).replace("order.placed", "order.refunded");

        assertThatExceptionOfType(UnknownEventTypeException.class)
                .isThrownBy(() -> EventJson.read(json, OrderEvent.class))
                .withMessageContaining("unknown event type 'order.refunded'")
                .withMessageContaining("order.placed")
                .satisfies((ex) -> {
                    assertThat(ex.type()).isEqualTo("order.refunded");
                    assertThat(ex.knownTypes()).contains("order.placed", "order.returned")
                            .doesNotContain("product.changed");
                });
    }

    @Test
    void failsClearlyWhenTheTypeIsMissing() {
        String json = EventJson.writeString(Examples.orderPlaced()).replace("\"type\":\"order.placed\",", "");

        assertThatExceptionOfType(UnknownEventTypeException.class)
                .isThrownBy(() -> EventJson.read(json, TenunEvent.class))
                .withMessageContaining("has no 'type'")
                .satisfies((ex) -> assertThat(ex.type()).isNull());
    }

    @Test
    void refusesAnEventOfAnotherAggregateOrAnotherRecord() {
        byte[] placed = EventJson.write(Examples.orderPlaced());

        assertThatExceptionOfType(UnknownEventTypeException.class)
                .isThrownBy(() -> EventJson.read(placed, ProductEvent.class))
                .withMessageContaining("'order.placed'")
                .withMessageContaining("[product.changed]");
        assertThatExceptionOfType(UnknownEventTypeException.class)
                .isThrownBy(() -> EventJson.read(placed, OrderPaid.class))
                .withMessageContaining("[order.paid]");
    }

    @Test
    void neverTrustsAJavaClassNameAsType() {
        String json = EventJson.writeString(Examples.orderPlaced())
                .replace("\"order.placed\"", "\"" + OrderPlaced.class.getName() + "\"");

        assertThatExceptionOfType(UnknownEventTypeException.class)
                .isThrownBy(() -> EventJson.read(json, TenunEvent.class))
                .satisfies((ex) -> assertThat(ex.type()).isEqualTo(OrderPlaced.class.getName()));
    }

    @Test
    void namesTheRuleAnInvalidValueBreaks() {
        String json = EventJson.writeString(Examples.orderPlaced()).replace("\"quantity\":2", "\"quantity\":-2");

        assertThatExceptionOfType(UnreadableEventException.class)
                .isThrownBy(() -> EventJson.read(json, OrderEvent.class))
                .withMessageContaining("OrderLine.quantity must be greater than 0, was -2")
                .withMessageContaining("lines");
    }

    @Test
    void refusesAMissingRequiredNumberRatherThanReadingZero() {
        String json = EventJson.writeString(Examples.orderPlaced()).replace("\"version\":1,", "");

        assertThatExceptionOfType(UnreadableEventException.class)
                .isThrownBy(() -> EventJson.read(json, OrderEvent.class))
                .withMessageContaining("\"version\"");
    }

    @Test
    void refusesBytesThatAreNotOneJsonEvent() {
        byte[] placed = EventJson.write(Examples.orderPlaced());
        byte[] twice = (new String(placed, StandardCharsets.UTF_8) + "{}").getBytes(StandardCharsets.UTF_8);

        assertThatExceptionOfType(UnreadableEventException.class)
                .isThrownBy(() -> EventJson.read("<xml/>".getBytes(StandardCharsets.UTF_8), TenunEvent.class))
                .withMessageStartingWith("Cannot read a TenunEvent: ");
        assertThatExceptionOfType(UnreadableEventException.class)
                .isThrownBy(() -> EventJson.read(twice, TenunEvent.class))
                .withMessageContaining("Trailing token");
    }

    @Test
    void refusesAnEnumValueItDoesNotKnow() {
        String json = EventJson.writeString(Examples.productChanged()).replace("\"NEW\"", "\"REFURBISHED\"");

        assertThatExceptionOfType(UnreadableEventException.class)
                .isThrownBy(() -> EventJson.read(json, ProductEvent.class))
                .withMessageContaining("REFURBISHED");
    }

}
