package id.tenun.support.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import id.tenun.support.security.CurrentUser;
import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/**
 * Per-caller limits (1 call a second, a burst of 5): a flooding client is refused with 429 and Retry-After while
 * another goes on at once; calls without a token count by address, webhooks apart.
 */
@TenunIntegrationTest
@TestPropertySource(properties = {"tenun.rate-limits.requests-per-second=1", "tenun.rate-limits.burst=5"})
class RateLimitIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void refusesAFloodingClientWhileAnotherGoesOn() throws Exception {
        String flooder = TestTokens.token("flooder-" + UUID.randomUUID(), List.of("STAFF"), List.of());
        String neighbour = TestTokens.token("neighbour-" + UUID.randomUUID(), List.of("STAFF"), List.of());
        List<Future<HttpResponse<String>>> flood = new ArrayList<>();
        List<Future<HttpResponse<String>>> quiet = new ArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            for (int i = 0; i < 40; i++) {
                flood.add(callers.submit(() -> get("/api/me", flooder)));
                if (i % 10 == 5) {
                    quiet.add(callers.submit(() -> get("/api/me", neighbour)));
                }
            }
            List<HttpResponse<String>> refused = new ArrayList<>();
            for (Future<HttpResponse<String>> call : flood) {
                HttpResponse<String> response = call.get(30, TimeUnit.SECONDS);
                if (response.statusCode() == 429) {
                    refused.add(response);
                } else {
                    assertThat(response.statusCode()).isEqualTo(200);
                }
            }
            assertThat(refused).as("at most the burst and what refilled meanwhile gets through").hasSizeGreaterThan(20);
            HttpResponse<String> one = refused.get(0);
            assertThat(one.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(one.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(one.body()).contains("\"status\":429", "\"instance\":\"/api/me\"");
            for (Future<HttpResponse<String>> call : quiet) {
                assertThat(call.get(30, TimeUnit.SECONDS).statusCode()).as("the other client").isEqualTo(200);
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(get("/actuator/prometheus", TestTokens.staff()).body())
                .containsPattern("tenun_rate_limit_refusals_total\\{application=\"edge-test\",caller=\"token\"\\} "
                        + "[1-9]");
    }

    @Test
    void countsCallsWithoutATokenByAddressAndWebhooksApart() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(get("/api/me", null).statusCode());
        }
        assertThat(statuses).as("refused before security looks for a token").contains(401, 429);
        assertThat(get("/webhooks/shopee", null).statusCode()).as("a webhook from the same address").isNotEqualTo(429);
    }

    @Test
    void neverLimitsHealthOrMetrics() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
            assertThat(get("/actuator/prometheus", TestTokens.client("prometheus", CurrentUser.METRICS_READ))
                    .statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
