package id.tenun.support.edges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/**
 * What the framework refuses itself, before or instead of any controller (Spring Security's firewall, Tomcat's
 * parser), is an RFC 9457 problem too: never Tomcat's HTML page nor Boot's error JSON. Sent raw, as a hostile
 * caller would, since an HTTP client refuses to send most of these.
 */
@TenunIntegrationTest
class FrameworkErrorsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void anEncodedTraversalOrSlashIsABadRequestProblem() throws IOException {
        assertProblem(raw("GET /api/%2e%2e/x HTTP/1.1", "Authorization: Bearer " + TestTokens.staff()), 400);
        assertProblem(raw("GET /api/a%2Fb HTTP/1.1"), 400);
        assertProblem(raw("GET /api/a;x=1/b HTTP/1.1", "Authorization: Bearer " + TestTokens.staff()), 400);
        assertProblem(raw("GET /api/%zz HTTP/1.1"), 400);
        assertProblem(raw("GET /api/%00 HTTP/1.1"), 400);
    }

    @Test
    void anOversizedHeaderIsAProblem() throws IOException {
        assertProblem(raw("GET /api/me HTTP/1.1", "X-Big: " + "a".repeat(20_000)), 400);
    }

    @Test
    void aBadMethodOrMalformedRequestLineIsAProblem() throws IOException {
        assertProblem(raw("BREW /api/me HTTP/1.1", "Authorization: Bearer " + TestTokens.staff()), 400);
        assertProblem(raw("G(T /api/me HTTP/1.1"), 400);
        assertProblem(raw("GET /api/{me} HTTP/1.1"), 400);
        assertProblem(raw("GET /api/me HTTP/1.1 x"), 400);
    }

    @Test
    void aBrowserAskingForHtmlGetsTheProblemToo() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/me")).header("Accept", "text/html")
                .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + response.statusCode()).doesNotContain("<html");
    }

    private static void assertProblem(String response, int status) {
        assertThat(response).startsWith("HTTP/1.1 " + status)
                .containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":" + status).contains("\"detail\":")
                .doesNotContain("<html").doesNotContain("\"timestamp\"").doesNotContain("Tomcat");
    }

    /** Sends a request line and headers as they are, and reads the whole answer. */
    private String raw(String requestLine, String... headers) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
        for (String header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
