package id.tenun.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Asks an app's {@code /actuator/health} for its status, and waits (bounded) until it is UP. */
final class HealthChecks {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration POLL = Duration.ofMillis(250);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The status the app reports (UP, DOWN, OUT_OF_SERVICE, ...), or why it did not answer. */
    String status(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json")
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String status = JSON.readTree(response.body()).path("status").asString("");
            return status.isEmpty() ? "HTTP " + response.statusCode() : status;
        } catch (JacksonException e) {
            return "unreadable answer";
        } catch (IOException e) {
            return "no answer (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Polls until the app reports UP or the time is up; returns the last status seen. */
    String awaitUp(String baseUrl, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        String status = status(baseUrl);
        while (!"UP".equals(status) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return status;
            }
            status = status(baseUrl);
        }
        return status;
    }
}
