package id.tenun.testsupport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import id.tenun.testsupport.fuzz.OpenApiDocument.Operation;

/**
 * Holds a running service's OpenAPI document ({@code /v3/api-docs}) to what a client needs from it, for every
 * operation, so that a new endpoint is checked without a line of test code: a summary, and a bearer requirement
 * exactly where the service asks for a token. The latter is found by calling each operation without a token: the
 * service's security then answers 401 with {@code WWW-Authenticate: Bearer} (an open endpoint may refuse the call,
 * but never so).
 */
public final class OpenApiContract {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private OpenApiContract(URI base) {
        this.base = base;
    }

    /** The contract of the service listening on localhost at {@code port}. */
    public static OpenApiContract of(int port) {
        return new OpenApiContract(URI.create("http://localhost:" + port));
    }

    /** Fails naming every operation without a summary, or secured otherwise than the service does. */
    public void assertHolds() {
        List<Operation> operations = new OpenApiDocument(JsonMapper.builder().build().readTree(send("GET",
                "/v3/api-docs").body())).operations();
        List<String> violations = new ArrayList<>();
        for (Operation operation : operations) {
            if (operation.summary().isBlank()) {
                violations.add(operation.key() + " has no summary");
            }
            HttpResponse<String> answer = send(operation.method(), operation.path().replaceAll("\\{[^}]+}", "x"));
            boolean asksForToken = answer.statusCode() == 401
                    && answer.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer");
            if (asksForToken != operation.secured()) {
                violations.add(operation.key() + (operation.secured()
                        ? " requires the bearer scheme but answers " + answer.statusCode() + " without a token"
                        : " requires no security but asks for a bearer token"));
            }
        }
        assertThat(operations).as("operations of the document").isNotEmpty();
        assertThat(violations).as("operations of " + base + "/v3/api-docs").isEmpty();
    }

    private HttpResponse<String> send(String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type",
                "application/json");
        request.method(method, method.equals("GET") || method.equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString("{}"));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot call " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted calling " + method + " " + path, e);
        }
    }
}
