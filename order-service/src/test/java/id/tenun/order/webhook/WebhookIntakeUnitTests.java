package id.tenun.order.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import id.tenun.events.webhook.WebhookReceived;
import id.tenun.marketplaces.Channel;
import id.tenun.marketplaces.ChannelSettings;
import id.tenun.marketplaces.Marketplaces;
import id.tenun.marketplaces.ShopCredentials;
import id.tenun.marketplaces.WebhookVerdict;
import id.tenun.marketplaces.shopee.ShopeeSigner;
import id.tenun.marketplaces.tokopedia.TokopediaSigner;

class WebhookIntakeUnitTests {

    static final Instant NOW = Instant.parse("2026-03-10T02:30:00Z");

    static final String CALLBACK = "https://orders.tenun.id/webhooks/shopee";

    final List<WebhookReceived> appended = new ArrayList<>();

    boolean kafkaUp = true;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    /** The order changes the service holds: order id → the time of its newest change. */
    final Map<String, Instant> held = new HashMap<>();

    final WebhookIntake intake = new WebhookIntake(marketplaces(), (webhook, timeout) -> {
        if (kafkaUp) {
            appended.add(webhook);
        }
        return kafkaUp;
    }, new IntakeSettings(DataSize.ofKilobytes(64), Duration.ofSeconds(1)),
            (channel, orderId, at) -> held.containsKey(orderId) && !held.get(orderId).isBefore(at),
            Clock.fixed(NOW, ZoneOffset.UTC), meters);

    @Test
    void appendsAVerifiedWebhookKeyedByChannelShopAndOrder() {
        byte[] body = tokopediaPush("576123", NOW.getEpochSecond());
        var result = intake.receive("tokopedia", Map.of("authorization", sign(body), "content-type",
                "application/json"), body);

        assertThat(result.outcome()).isEqualTo(WebhookIntake.Outcome.APPENDED);
        assertThat(appended).singleElement().satisfies(webhook -> {
            assertThat(webhook.key()).isEqualTo("tokopedia:7495000000000000001:576123");
            assertThat(webhook.body()).isEqualTo(body);
            assertThat(webhook.header("Authorization")).isEqualTo(sign(body));
        });
    }

    @Test
    void answersNotAppendedWhenKafkaCannotTakeIt() {
        kafkaUp = false;
        byte[] body = tokopediaPush("576124", NOW.getEpochSecond());
        assertThat(intake.receive("tokopedia", Map.of("Authorization", sign(body)), body).outcome())
                .isEqualTo(WebhookIntake.Outcome.NOT_APPENDED);
    }

    @Test
    void refusesTamperedStaleUnsignedAndMalformedWebhooksAndAppendsNothing() {
        byte[] body = tokopediaPush("576125", NOW.getEpochSecond());
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("576125", "576129")
                .getBytes(StandardCharsets.UTF_8);
        byte[] stale = tokopediaPush("576125", NOW.minus(Duration.ofHours(1)).getEpochSecond());
        held.put("576125", NOW.minus(Duration.ofMinutes(30)));

        assertThat(intake.receive("tokopedia", Map.of("authorization", sign(body)), tampered).verdict())
                .isEqualTo(WebhookVerdict.WRONG_SIGNATURE);
        assertThat(intake.receive("tokopedia", Map.of("authorization", sign(stale)), stale).outcome())
                .isEqualTo(WebhookIntake.Outcome.ALREADY_KNOWN);
        assertThat(intake.receive("tokopedia", Map.of(), body).verdict()).isEqualTo(WebhookVerdict.MISSING_SIGNATURE);
        assertThat(intake.receive("tokopedia", Map.of("authorization", "sha256=abc"), body).verdict())
                .isEqualTo(WebhookVerdict.MALFORMED_SIGNATURE);
        byte[] notJson = "{not json".getBytes(StandardCharsets.UTF_8);
        assertThat(intake.receive("tokopedia", Map.of("authorization", sign(notJson)), notJson).outcome())
                .isEqualTo(WebhookIntake.Outcome.UNREADABLE);
        assertThat(intake.receive("ebay", Map.of(), body).outcome()).isEqualTo(WebhookIntake.Outcome.UNKNOWN_CHANNEL);
        assertThat(appended).isEmpty();
    }

    /**
     * A marketplace retries a push after an outage (its own, or our 503s while Kafka was away) for longer than the
     * replay window: signed and new to us, it is taken; the same push again, once the order holds its change, is a
     * replay: acknowledged and not stored twice. A push older than the window about no order is acknowledged too.
     */
    @Test
    void takesAPushRetriedAfterTheWindowIfItIsNewToUsAndAcknowledgesAReplay() {
        long hourAgo = NOW.minus(Duration.ofHours(1)).getEpochSecond();
        byte[] retried = tokopediaPush("576126", hourAgo);
        held.put("576126", NOW.minus(Duration.ofHours(2)));

        assertThat(intake.receive("tokopedia", Map.of("authorization", sign(retried)), retried).outcome())
                .isEqualTo(WebhookIntake.Outcome.APPENDED);
        assertThat(appended).singleElement().extracting(WebhookReceived::key)
                .isEqualTo("tokopedia:7495000000000000001:576126");

        held.put("576126", Instant.ofEpochSecond(hourAgo));
        assertThat(intake.receive("tokopedia", Map.of("authorization", sign(retried)), retried).outcome())
                .isEqualTo(WebhookIntake.Outcome.ALREADY_KNOWN);
        byte[] product = ("{\"type\":5,\"shop_id\":\"7495000000000000001\",\"timestamp\":" + hourAgo
                + ",\"data\":{\"product_id\":\"9\",\"status\":\"FAILED\"}}").getBytes(StandardCharsets.UTF_8);
        assertThat(intake.receive("tokopedia", Map.of("authorization", sign(product)), product).outcome())
                .isEqualTo(WebhookIntake.Outcome.ALREADY_KNOWN);
        assertThat(appended).hasSize(1);
        assertThat(meters.counter("tenun.orders.webhooks.late", "outcome", "new-taken").count()).isEqualTo(1);
        assertThat(meters.counter("tenun.orders.webhooks.late", "outcome", "known-acknowledged").count())
                .isEqualTo(2);
    }

    @Test
    void acknowledgesAVerifiedPushAboutNoShopAndAppendsNothing() {
        byte[] partner = ("{\"shop_id\":0,\"code\":12,\"timestamp\":" + NOW.getEpochSecond()
                + ",\"data\":{\"expire_before\":1}}").getBytes(StandardCharsets.UTF_8);
        byte[] noShop = ("{\"code\":12,\"timestamp\":" + NOW.getEpochSecond() + ",\"data\":{}}")
                .getBytes(StandardCharsets.UTF_8);
        for (byte[] body : List.of(partner, noShop)) {
            assertThat(intake.receive("shopee", Map.of("authorization",
                    ShopeeSigner.webhookSignature("partner-key", CALLBACK, body)), body).outcome())
                    .isEqualTo(WebhookIntake.Outcome.NOT_FOR_A_SHOP);
        }
        assertThat(appended).isEmpty();
        assertThat(meters.counter("tenun.orders.webhooks.not.for.a.shop").count()).isEqualTo(2);
    }

    @Test
    void verifiesShopeeOverTheCallbackUrlAsRegistered() {
        byte[] body = ("{\"shop_id\":300100001,\"code\":3,\"timestamp\":" + NOW.getEpochSecond()
                + ",\"data\":{\"ordersn\":\"2603100AB\",\"status\":\"READY_TO_SHIP\",\"update_time\":"
                + NOW.getEpochSecond() + "}}").getBytes(StandardCharsets.UTF_8);
        String right = ShopeeSigner.webhookSignature("partner-key", CALLBACK, body);
        String otherUrl = ShopeeSigner.webhookSignature("partner-key", "http://localhost:8083/webhooks/shopee", body);

        assertThat(intake.receive("shopee", Map.of("authorization", otherUrl), body).verdict())
                .isEqualTo(WebhookVerdict.WRONG_SIGNATURE);
        assertThat(intake.receive("shopee", Map.of("authorization", right), body).outcome())
                .isEqualTo(WebhookIntake.Outcome.APPENDED);
        assertThat(appended.get(0).key()).isEqualTo("shopee:300100001:2603100AB");
    }

    static byte[] tokopediaPush(String orderId, long timestamp) {
        return ("{\"type\":1,\"shop_id\":\"7495000000000000001\",\"timestamp\":" + timestamp
                + ",\"data\":{\"order_id\":\"" + orderId + "\",\"order_status\":\"AWAITING_SHIPMENT\",\"update_time\":"
                + timestamp + "}}").getBytes(StandardCharsets.UTF_8);
    }

    static String sign(byte[] body) {
        return TokopediaSigner.webhookSignature("app-key", "app-secret", body);
    }

    static Marketplaces marketplaces() {
        Map<Channel, ChannelSettings> settings = new EnumMap<>(Channel.class);
        settings.put(Channel.TOKOPEDIA, new ChannelSettings(URI.create("http://localhost:1/tokopedia"), null, null, 5,
                "", Duration.ofMinutes(15), List.of(new ShopCredentials("7495000000000000001", "app-key",
                        "app-secret", "token", "cipher"))));
        settings.put(Channel.SHOPEE, new ChannelSettings(URI.create("http://localhost:1/shopee"), null, null, 5,
                CALLBACK, Duration.ofMinutes(15), List.of(new ShopCredentials("300100001", "2001001", "partner-key",
                        "token", ""))));
        return Marketplaces.create(settings, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
