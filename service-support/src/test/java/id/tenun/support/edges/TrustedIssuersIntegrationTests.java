package id.tenun.support.edges;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import id.tenun.testsupport.TenunIntegrationTest;
import id.tenun.testsupport.TestTokens;

/**
 * A service that trusts a second issuer beside the key file: each token is checked by the issuer it names, and one
 * of an issuer not trusted, without a subject, expiry or issue time, expired, living longer than the console's
 * tokens (15 minutes) or issued in the future is refused with a problem.
 */
@TenunIntegrationTest
class TrustedIssuersIntegrationTests {

    static final String CONSOLE = "https://console.tenun.test";

    @LocalServerPort
    int port;

    RestTestClient http;

    @DynamicPropertySource
    static void trustTheConsole(DynamicPropertyRegistry registry) {
        registry.add("tenun.security.issuers[0].issuer", () -> CONSOLE);
        registry.add("tenun.security.issuers[0].public-key-location", TestTokens::publicKeyLocation);
    }

    @BeforeEach
    void client() {
        http = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    @Test
    void acceptsTokensOfTheLocalKeyAndOfEachTrustedIssuer() {
        http.get().uri("/api/me").header("Authorization", "Bearer " + TestTokens.mentor("g-1"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.roles[0]").isEqualTo("MENTOR");
        http.get().uri("/api/me")
                .header("Authorization", "Bearer " + TestTokens.issuedBy(CONSOLE, "siti", List.of("STAFF")))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.subject").isEqualTo("siti").jsonPath("$.roles[0]").isEqualTo("STAFF");
    }

    @Test
    void refusesATokenOfAnIssuerItDoesNotTrustWithAProblem() {
        String stranger = TestTokens.issuedBy("https://stranger.example", "x", List.of("ADMIN"));
        http.get().uri("/api/me").header("Authorization", "Bearer " + stranger).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void refusesATokenWithoutSubject() {
        http.get().uri("/api/me").header("Authorization", "Bearer " + TestTokens.withoutSubject(List.of("STAFF")))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesAnExpiredToken() {
        http.get().uri("/api/me").header("Authorization", "Bearer " + TestTokens.expired("x", List.of("STAFF")))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesATokenWithoutExpiryOrIssueTime() {
        Instant now = Instant.now();
        assertRefused(TestTokens.staffIssued(now, null));
        assertRefused(TestTokens.staffIssued(null, now.plus(Duration.ofMinutes(5))));
    }

    @Test
    void refusesATokenThatLivesLongerThanTheConsoleIssuesThem() {
        Instant now = Instant.now();
        assertRefused(TestTokens.staffIssued(now, now.plus(Duration.ofMinutes(17))));
        assertRefused(TestTokens.staffIssued(now, now.plus(Duration.ofDays(365))));
        http.get().uri("/api/me")
                .header("Authorization", "Bearer " + TestTokens.staffIssued(now, now.plus(Duration.ofMinutes(15))))
                .exchange().expectStatus().isOk();
    }

    @Test
    void refusesATokenIssuedInTheFutureHoweverShortItsLife() {
        Instant later = Instant.now().plus(Duration.ofDays(400));
        assertRefused(TestTokens.staffIssued(later, later.plus(Duration.ofMinutes(5))));
    }

    private void assertRefused(String token) {
        http.get().uri("/api/me").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }
}
