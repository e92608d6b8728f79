package id.tenun.order.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Only the headers a push's verification reads go to Kafka with it. */
class WebhookHeadersUnitTests {

    @Test
    void keepsTheSignatureAndContentTypeAndDropsWhatTheCallerInvented() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/shopee");
        request.addHeader("Authorization", "ab12");
        request.addHeader("Content-Type", "application/json");
        request.addHeader("X-Invented", "boom");
        request.addHeader("X-Forwarded-For", "203.0.113.9");
        request.addHeader("Cookie", "session=1");

        assertThat(WebhookController.headers(request)).containsOnlyKeys("authorization", "content-type")
                .containsEntry("authorization", "ab12");
    }
}
