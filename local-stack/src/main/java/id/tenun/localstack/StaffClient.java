package id.tenun.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local stack's calls to its own applications while it sets up the demo: the services' APIs with the staff
 * token, the sandbox's seller pages and listing sync's callback as a seller's browser would (no token, redirects
 * not followed).
 */
final class StaffClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String staffToken;

    StaffClient(String staffToken) {
        this.staffToken = staffToken;
    }

    /** A call to a service's API as programme staff. */
    HttpResponse<String> asStaff(HttpRequest.Builder request) {
        return send(request.header("Authorization", "Bearer " + staffToken).header("Accept", "application/json"));
    }

    /** A call as a seller's browser makes it. */
    HttpResponse<String> asBrowser(HttpRequest.Builder request) {
        return send(request);
    }

    /** The id of the catalog's group of this name, waiting up to {@code timeout} for the demo seeding to make it. */
    Optional<String> awaitGroup(String catalogUrl, String name, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<String> found = findGroup(catalogUrl, name);
            if (found.isPresent() || Instant.now().isAfter(deadline)) {
                return found;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private Optional<String> findGroup(String catalogUrl, String name) {
        for (int page = 0;; page++) {
            HttpResponse<String> reply = asStaff(HttpRequest.newBuilder(
                    URI.create(catalogUrl + "/api/groups?size=200&page=" + page)).GET());
            if (reply.statusCode() != 200) {
                throw new LocalStackException("the catalog did not list its groups: " + reply.statusCode() + " "
                        + reply.body());
            }
            JsonNode body = JSON.readTree(reply.body());
            for (JsonNode group : body.path("items")) {
                if (name.equals(group.path("name").asString())) {
                    return Optional.of(group.path("id").asString());
                }
            }
            if ((page + 1) * 200L >= body.path("total").asLong()) {
                return Optional.empty();
            }
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LocalStackException("demo set-up: " + request.build().uri() + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalStackException("interrupted while setting up the demo", e);
        }
    }
}
