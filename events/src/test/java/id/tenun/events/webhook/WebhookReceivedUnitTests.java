package id.tenun.events.webhook;

import static id.tenun.events.Records.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.tenun.events.Examples;

class WebhookReceivedUnitTests {

    private final WebhookReceived webhook = Examples.webhookReceived();

    @Test
    void keepsHeaderNamesInLowerCaseAndFindsThemInAnyCase() {
        assertThat(webhook.headers()).containsOnlyKeys("authorization", "content-type");
        assertThat(webhook.header("AUTHORIZATION")).isEqualTo("3b5c8f0e9d7a");
        assertThat(webhook.header("x-missing")).isNull();
    }

    @Test
    void refusesAHeaderGivenTwiceInDifferentCase() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> with(webhook, "headers", Map.of("Authorization", "a", "authorization", "b")))
                .withMessageEndingWith("more than once");
    }

    @Test
    void keepsItsOwnCopyOfTheBody() {
        byte[] body = "{\"code\":3}".getBytes(StandardCharsets.UTF_8);
        WebhookReceived received = with(webhook, "body", body);

        body[0] = 'X';
        received.body()[1] = 'Y';

        assertThat(received.bodyAsUtf8()).isEqualTo("{\"code\":3}");
    }

    @Test
    void isEqualToAnotherWithTheSameBytes() {
        WebhookReceived same = with(webhook, "body", webhook.body());
        WebhookReceived other = with(webhook, "body", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(same).isEqualTo(webhook).hasSameHashCodeAs(webhook);
        assertThat(other).isNotEqualTo(webhook);
    }

    @Test
    void neverPrintsHeaderValuesOrTheBodyInLogs() {
        assertThat(webhook.toString()).contains("authorization", "bytes")
                .doesNotContain("3b5c8f0e9d7a", "READY_TO_SHIP");
    }

    @Test
    void isKeyedByChannelShopAndOrderOrByShopWhenNotAboutAnOrder() {
        assertThat(webhook.key()).isEqualTo("shopee:884213377:260314ABCD1234");
        assertThat(with(webhook, "externalOrderId", null).key()).isEqualTo("shopee:884213377");
    }

    @Test
    void refusesAShopIdThatWouldMakeTheKeyAmbiguous() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(webhook, "shopId", "8842:13377"))
                .withMessage("WebhookReceived.shopId must not contain ':', was '8842:13377'");
    }

    @Test
    void refusesAWebhookWithoutABody() {
        assertThatIllegalArgumentException().isThrownBy(() -> with(webhook, "body", null))
                .withMessage("WebhookReceived.body is required");
    }

    @Test
    void happensWhenItIsReceived() {
        Instant now = Instant.parse("2026-03-14T04:00:01.250Z");

        WebhookReceived one = WebhookReceived.of("lazada", "100234567", null, now, Map.of(), new byte[0]);
        WebhookReceived two = WebhookReceived.of("lazada", "100234567", null, now, Map.of(), new byte[0]);

        assertThat(one.occurredAt()).isEqualTo(now).isEqualTo(one.receivedAt());
        assertThat(one.schemaVersion()).isEqualTo(WebhookReceived.SCHEMA_VERSION);
        assertThat(one.eventId()).isNotEqualTo(two.eventId());
    }

}
